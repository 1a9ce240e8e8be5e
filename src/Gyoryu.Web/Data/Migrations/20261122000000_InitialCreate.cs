using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
using Microsoft.EntityFrameworkCore.Migrations.Operations.Builders;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace Gyoryu.Web.Data.Migrations;

/// <summary>
/// Written by hand (the design-time package is not available here; see docs/decisions/0002). Column types are left to
/// each provider's type mapping so one migration serves SQLite and PostgreSQL; a test compares the result with the model.
/// </summary>
[DbContext(typeof(GyoryuDbContext))]
[Migration("20261122000000_InitialCreate")]
public sealed class InitialCreate : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "LocalGovernments",
            columns: table => new
            {
                Code = table.Column<string>(maxLength: 5, nullable: false),
                NameKo = table.Column<string>(maxLength: 50, nullable: false),
                NameEn = table.Column<string>(maxLength: 100, nullable: false),
                ProvinceCode = table.Column<string>(maxLength: 5, nullable: false),
                ProvinceKo = table.Column<string>(maxLength: 30, nullable: false),
                Tier = table.Column<string>(maxLength: 20, nullable: false),
                Population = table.Column<int>(nullable: false),
                PopulationMonth = table.Column<string>(maxLength: 7, nullable: false),
                Latitude = table.Column<double>(nullable: false),
                Longitude = table.Column<double>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_LocalGovernments", x => x.Code));

        migrationBuilder.CreateTable(
            name: "Countries",
            columns: table => new
            {
                Code = table.Column<string>(maxLength: 2, nullable: false),
                Code3 = table.Column<string>(maxLength: 3, nullable: false),
                NameKo = table.Column<string>(maxLength: 100, nullable: false),
                NameEn = table.Column<string>(maxLength: 100, nullable: false),
                Region = table.Column<string>(maxLength: 50, nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Countries", x => x.Code));

        migrationBuilder.CreateTable(
            name: "ForeignCities",
            columns: table => new
            {
                Id = MigrationColumns.Identity(table),
                NameEn = table.Column<string>(maxLength: 200, nullable: false),
                SearchName = table.Column<string>(maxLength: 200, nullable: false),
                NameKo = table.Column<string>(maxLength: 200, nullable: true),
                CountryCode = table.Column<string>(maxLength: 2, nullable: false),
                AdminRegion = table.Column<string>(maxLength: 200, nullable: true),
                Population = table.Column<int>(nullable: true),
                Latitude = table.Column<double>(nullable: true),
                Longitude = table.Column<double>(nullable: true),
                IsRegion = table.Column<bool>(nullable: false),
                ReferenceId = table.Column<string>(maxLength: 40, nullable: true),
                AddedByCode = table.Column<string>(maxLength: 5, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ForeignCities", x => x.Id);
                table.ForeignKey("FK_ForeignCities_Countries_CountryCode", x => x.CountryCode, "Countries", "Code", onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "Partnerships",
            columns: table => new
            {
                Id = MigrationColumns.Identity(table),
                OwnerCode = table.Column<string>(maxLength: 5, nullable: false),
                PartnerKind = table.Column<string>(maxLength: 20, nullable: false),
                PartnerLocalGovernmentCode = table.Column<string>(maxLength: 5, nullable: true),
                PartnerForeignCityId = table.Column<int>(nullable: true),
                PairKey = table.Column<string>(maxLength: 40, nullable: false),
                Type = table.Column<string>(maxLength: 20, nullable: false),
                Status = table.Column<string>(maxLength: 20, nullable: false),
                Fields = table.Column<int>(nullable: false),
                Motive = table.Column<string>(maxLength: 4000, nullable: true),
                History = table.Column<string>(maxLength: 8000, nullable: true),
                DateBasis = table.Column<string>(maxLength: 200, nullable: true),
                SignedOn = table.Column<string>(maxLength: 10, nullable: true),
                SignedType = table.Column<string>(maxLength: 20, nullable: true),
                SignedYear = table.Column<int>(nullable: true),
                SigningPlace = table.Column<string>(maxLength: 200, nullable: true),
                UpgradedOn = table.Column<string>(maxLength: 10, nullable: true),
                ExpiresOn = table.Column<DateOnly>(nullable: true),
                LastRenewedOn = table.Column<DateOnly>(nullable: true),
                DormantSince = table.Column<DateOnly>(nullable: true),
                TerminatedOn = table.Column<DateOnly>(nullable: true),
                TerminationReason = table.Column<string>(maxLength: 2000, nullable: true),
                TerminationDecision = table.Column<string>(maxLength: 500, nullable: true),
                LastStepOn = table.Column<string>(maxLength: 10, nullable: true),
                CreatedAt = table.Column<DateTime>(nullable: false),
                UpdatedAt = table.Column<DateTime>(nullable: false),
                Version = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Partnerships", x => x.Id);
                table.ForeignKey("FK_Partnerships_LocalGovernments_OwnerCode", x => x.OwnerCode, "LocalGovernments", "Code", onDelete: ReferentialAction.Restrict);
                table.ForeignKey("FK_Partnerships_LocalGovernments_PartnerLocalGovernmentCode", x => x.PartnerLocalGovernmentCode, "LocalGovernments", "Code", onDelete: ReferentialAction.Restrict);
                table.ForeignKey("FK_Partnerships_ForeignCities_PartnerForeignCityId", x => x.PartnerForeignCityId, "ForeignCities", "Id", onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "WorkingMeetings",
            columns: table => new
            {
                Id = MigrationColumns.Identity(table),
                PartnershipId = table.Column<int>(nullable: false),
                HeldOn = table.Column<string>(maxLength: 10, nullable: false),
                Place = table.Column<string>(maxLength: 200, nullable: false),
                Attendees = table.Column<string>(maxLength: 2000, nullable: false),
                AgreedFields = table.Column<int>(nullable: false),
                Minutes = table.Column<string>(maxLength: 20000, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_WorkingMeetings", x => x.Id);
                BelongsToPartnership(table, "WorkingMeetings");
            });

        migrationBuilder.CreateTable(
            name: "CouncilApprovals",
            columns: table => new
            {
                Id = MigrationColumns.Identity(table),
                PartnershipId = table.Column<int>(nullable: false),
                ApprovedOn = table.Column<DateOnly>(nullable: false),
                ForType = table.Column<string>(maxLength: 20, nullable: false),
                ResolutionNumber = table.Column<string>(maxLength: 100, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_CouncilApprovals", x => x.Id);
                BelongsToPartnership(table, "CouncilApprovals");
            });

        migrationBuilder.CreateTable(
            name: "TimelineEntries",
            columns: table => new
            {
                Id = MigrationColumns.Identity(table),
                PartnershipId = table.Column<int>(nullable: false),
                Kind = table.Column<string>(maxLength: 40, nullable: false),
                OccurredOn = table.Column<string>(maxLength: 10, nullable: true),
                Note = table.Column<string>(maxLength: 4000, nullable: true),
                RecordedBy = table.Column<string>(maxLength: 100, nullable: false),
                RecordedAt = table.Column<DateTime>(nullable: false),
                StatusAfter = table.Column<string>(maxLength: 20, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_TimelineEntries", x => x.Id);
                BelongsToPartnership(table, "TimelineEntries");
            });

        migrationBuilder.CreateTable(
            name: "Contacts",
            columns: table => new
            {
                Id = MigrationColumns.Identity(table),
                PartnershipId = table.Column<int>(nullable: false),
                Side = table.Column<string>(maxLength: 10, nullable: false),
                Name = table.Column<string>(maxLength: 100, nullable: false),
                Organisation = table.Column<string>(maxLength: 200, nullable: true),
                Position = table.Column<string>(maxLength: 100, nullable: true),
                Email = table.Column<string>(maxLength: 200, nullable: true),
                Phone = table.Column<string>(maxLength: 50, nullable: true),
                IsSignatory = table.Column<bool>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Contacts", x => x.Id);
                BelongsToPartnership(table, "Contacts");
            });

        migrationBuilder.CreateTable(
            name: "AgreementDocuments",
            columns: table => new
            {
                Id = MigrationColumns.Identity(table),
                PartnershipId = table.Column<int>(nullable: false),
                FileName = table.Column<string>(maxLength: 255, nullable: false),
                ContentType = table.Column<string>(maxLength: 100, nullable: false),
                Kind = table.Column<string>(maxLength: 10, nullable: false),
                Size = table.Column<long>(nullable: false),
                Sha256 = table.Column<string>(maxLength: 64, nullable: false),
                Description = table.Column<string>(maxLength: 500, nullable: true),
                UploadedBy = table.Column<string>(maxLength: 100, nullable: false),
                UploadedAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AgreementDocuments", x => x.Id);
                BelongsToPartnership(table, "AgreementDocuments");
            });

        migrationBuilder.CreateTable(
            name: "DocumentContents",
            columns: table => new
            {
                Sha256 = table.Column<string>(maxLength: 64, nullable: false),
                Bytes = table.Column<byte[]>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_DocumentContents", x => x.Sha256));

        migrationBuilder.CreateIndex("IX_LocalGovernments_NameKo", "LocalGovernments", "NameKo");
        migrationBuilder.CreateIndex("IX_LocalGovernments_ProvinceCode", "LocalGovernments", "ProvinceCode");
        migrationBuilder.CreateIndex("IX_ForeignCities_CountryCode_SearchName", "ForeignCities", ["CountryCode", "SearchName"]);
        migrationBuilder.CreateIndex("IX_ForeignCities_SearchName", "ForeignCities", "SearchName");
        migrationBuilder.CreateIndex("IX_ForeignCities_ReferenceId", "ForeignCities", "ReferenceId", unique: true);
        migrationBuilder.CreateIndex("IX_Partnerships_PairKey_Live", "Partnerships", "PairKey", unique: true, filter: "\"Status\" <> 'Terminated'");
        migrationBuilder.CreateIndex("IX_Partnerships_OwnerCode_Status", "Partnerships", ["OwnerCode", "Status"]);
        migrationBuilder.CreateIndex("IX_Partnerships_PartnerLocalGovernmentCode", "Partnerships", "PartnerLocalGovernmentCode");
        migrationBuilder.CreateIndex("IX_Partnerships_PartnerForeignCityId", "Partnerships", "PartnerForeignCityId");
        migrationBuilder.CreateIndex("IX_Partnerships_SignedYear_SignedOn", "Partnerships", ["SignedYear", "SignedOn"]);
        foreach (var part in PartTables)
        {
            migrationBuilder.CreateIndex($"IX_{part}_PartnershipId", part, "PartnershipId");
        }

        migrationBuilder.CreateIndex("IX_TimelineEntries_RecordedAt", "TimelineEntries", "RecordedAt");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("DocumentContents");
        foreach (var part in PartTables)
        {
            migrationBuilder.DropTable(part);
        }

        migrationBuilder.DropTable("Partnerships");
        migrationBuilder.DropTable("ForeignCities");
        migrationBuilder.DropTable("Countries");
        migrationBuilder.DropTable("LocalGovernments");
    }

    private static readonly string[] PartTables = ["WorkingMeetings", "CouncilApprovals", "TimelineEntries", "Contacts", "AgreementDocuments"];

    private static void BelongsToPartnership<T>(CreateTableBuilder<T> table, string name)
    {
        var columns = Expression.Parameter(typeof(T));
        var partnershipId = Expression.Lambda<Func<T, object>>(Expression.Convert(Expression.Property(columns, "PartnershipId"), typeof(object)), columns);
        table.ForeignKey($"FK_{name}_Partnerships_PartnershipId", partnershipId, "Partnerships", "Id", onDelete: ReferentialAction.Cascade);
    }
}
