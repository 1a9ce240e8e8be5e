using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Gyoryu.Web.Data.Migrations;

/// <summary>Discovery: place profiles, the candidate board, and the imported twinning network with its imports.</summary>
[DbContext(typeof(GyoryuDbContext))]
[Migration("20261201000000_Discovery")]
public sealed class DiscoveryTables : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "PlaceProfiles",
            columns: table => new
            {
                Id = MigrationColumns.Identity(table),
                PlaceKey = table.Column<string>(maxLength: 16, nullable: false),
                Kind = table.Column<string>(maxLength: 20, nullable: false),
                LocalGovernmentCode = table.Column<string>(maxLength: 5, nullable: true),
                ForeignCityId = table.Column<int>(nullable: true),
                IndustryMask = table.Column<long>(nullable: false),
                GoalTagMask = table.Column<long>(nullable: false),
                GoalText = table.Column<string>(maxLength: 2000, nullable: true),
                Coastal = table.Column<bool>(nullable: true),
                Specialties = table.Column<string>(maxLength: 1000, nullable: true),
                Festivals = table.Column<string>(maxLength: 8000, nullable: true),
                Source = table.Column<string>(maxLength: 500, nullable: true),
                UpdatedBy = table.Column<string>(maxLength: 100, nullable: false),
                UpdatedAt = table.Column<DateTime>(nullable: false),
                Version = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_PlaceProfiles", x => x.Id);
                table.ForeignKey("FK_PlaceProfiles_LocalGovernments_LocalGovernmentCode", x => x.LocalGovernmentCode, "LocalGovernments", "Code", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_PlaceProfiles_ForeignCities_ForeignCityId", x => x.ForeignCityId, "ForeignCities", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "Candidates",
            columns: table => new
            {
                Id = MigrationColumns.Identity(table),
                OwnerCode = table.Column<string>(maxLength: 5, nullable: false),
                PlaceKey = table.Column<string>(maxLength: 16, nullable: false),
                BoardKey = table.Column<string>(maxLength: 40, nullable: false),
                Kind = table.Column<string>(maxLength: 20, nullable: false),
                LocalGovernmentCode = table.Column<string>(maxLength: 5, nullable: true),
                ForeignCityId = table.Column<int>(nullable: true),
                Source = table.Column<string>(maxLength: 20, nullable: false),
                PreferredFields = table.Column<int>(nullable: false),
                Notes = table.Column<string>(maxLength: 4000, nullable: true),
                RecommendationReason = table.Column<string>(maxLength: 500, nullable: true),
                RecommendationScore = table.Column<double>(nullable: true),
                Status = table.Column<string>(maxLength: 20, nullable: false),
                PartnershipId = table.Column<int>(nullable: true),
                CreatedBy = table.Column<string>(maxLength: 100, nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
                UpdatedBy = table.Column<string>(maxLength: 100, nullable: false),
                UpdatedAt = table.Column<DateTime>(nullable: false),
                Version = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Candidates", x => x.Id);
                table.ForeignKey("FK_Candidates_LocalGovernments_OwnerCode", x => x.OwnerCode, "LocalGovernments", "Code", onDelete: ReferentialAction.Restrict);
                table.ForeignKey("FK_Candidates_LocalGovernments_LocalGovernmentCode", x => x.LocalGovernmentCode, "LocalGovernments", "Code", onDelete: ReferentialAction.Restrict);
                table.ForeignKey("FK_Candidates_ForeignCities_ForeignCityId", x => x.ForeignCityId, "ForeignCities", "Id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey("FK_Candidates_Partnerships_PartnershipId", x => x.PartnershipId, "Partnerships", "Id", onDelete: ReferentialAction.SetNull);
            });

        migrationBuilder.CreateTable(
            name: "TwinImports",
            columns: table => new
            {
                Id = MigrationColumns.Identity(table),
                FileName = table.Column<string>(maxLength: 260, nullable: false),
                Sha256 = table.Column<string>(maxLength: 64, nullable: false),
                ImportedBy = table.Column<string>(maxLength: 100, nullable: false),
                ImportedAt = table.Column<DateTime>(nullable: false),
                Rows = table.Column<int>(nullable: false),
                LinksAdded = table.Column<int>(nullable: false),
                LinksAlreadyKnown = table.Column<int>(nullable: false),
                PlacesCreated = table.Column<int>(nullable: false),
                UnmatchedRows = table.Column<int>(nullable: false),
                UnmatchedReport = table.Column<string>(nullable: false),
                FittedSimilarity = table.Column<double>(nullable: true),
                FittedComplementarity = table.Column<double>(nullable: true),
                FittedEconomic = table.Column<double>(nullable: true),
                FittedNetwork = table.Column<double>(nullable: true),
                FittedConcentration = table.Column<double>(nullable: true),
                FitSummary = table.Column<string>(maxLength: 1000, nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_TwinImports", x => x.Id));

        migrationBuilder.CreateTable(
            name: "TwinLinks",
            columns: table => new
            {
                Id = MigrationColumns.Identity(table),
                PlaceA = table.Column<string>(maxLength: 16, nullable: false),
                PlaceB = table.Column<string>(maxLength: 16, nullable: false),
                ImportId = table.Column<int>(nullable: false),
                Line = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_TwinLinks", x => x.Id);
                table.ForeignKey("FK_TwinLinks_TwinImports_ImportId", x => x.ImportId, "TwinImports", "Id", onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateIndex("IX_PlaceProfiles_PlaceKey", "PlaceProfiles", "PlaceKey", unique: true);
        migrationBuilder.CreateIndex("IX_PlaceProfiles_LocalGovernmentCode", "PlaceProfiles", "LocalGovernmentCode");
        migrationBuilder.CreateIndex("IX_PlaceProfiles_ForeignCityId", "PlaceProfiles", "ForeignCityId");
        migrationBuilder.CreateIndex("IX_Candidates_BoardKey_Open", "Candidates", "BoardKey", unique: true, filter: "\"Status\" = 'Considering'");
        migrationBuilder.CreateIndex("IX_Candidates_OwnerCode_Status", "Candidates", ["OwnerCode", "Status"]);
        migrationBuilder.CreateIndex("IX_Candidates_LocalGovernmentCode", "Candidates", "LocalGovernmentCode");
        migrationBuilder.CreateIndex("IX_Candidates_ForeignCityId", "Candidates", "ForeignCityId");
        migrationBuilder.CreateIndex("IX_Candidates_PartnershipId", "Candidates", "PartnershipId");
        migrationBuilder.CreateIndex("IX_TwinLinks_PlaceA_PlaceB", "TwinLinks", ["PlaceA", "PlaceB"], unique: true);
        migrationBuilder.CreateIndex("IX_TwinLinks_PlaceB", "TwinLinks", "PlaceB");
        migrationBuilder.CreateIndex("IX_TwinLinks_ImportId", "TwinLinks", "ImportId");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("TwinLinks");
        migrationBuilder.DropTable("TwinImports");
        migrationBuilder.DropTable("Candidates");
        migrationBuilder.DropTable("PlaceProfiles");
    }
}
