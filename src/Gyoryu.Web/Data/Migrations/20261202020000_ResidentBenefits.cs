using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Gyoryu.Web.Data.Migrations;

/// <summary>자매도시 주민 혜택: what a government offers residents of its partner cities, shown on the public pages once published.</summary>
[DbContext(typeof(GyoryuDbContext))]
[Migration("20261202020000_ResidentBenefits")]
public sealed class ResidentBenefits : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "ResidentBenefits",
            columns: table => new
            {
                Id = MigrationColumns.Identity(table),
                OwnerCode = table.Column<string>(maxLength: 5, nullable: false),
                PartnershipId = table.Column<int>(nullable: true),
                Title = table.Column<string>(maxLength: 200, nullable: false),
                Category = table.Column<string>(maxLength: 20, nullable: false),
                Details = table.Column<string>(maxLength: 2000, nullable: false),
                Place = table.Column<string>(maxLength: 200, nullable: false),
                ValidFrom = table.Column<DateOnly>(nullable: true),
                ValidUntil = table.Column<DateOnly>(nullable: true),
                IsPublished = table.Column<bool>(nullable: false),
                PublishedAt = table.Column<DateTime>(nullable: true),
                CreatedBy = table.Column<string>(maxLength: 100, nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
                UpdatedBy = table.Column<string>(maxLength: 100, nullable: false),
                UpdatedAt = table.Column<DateTime>(nullable: false),
                Version = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ResidentBenefits", x => x.Id);
                table.ForeignKey("FK_ResidentBenefits_LocalGovernments_OwnerCode", x => x.OwnerCode, "LocalGovernments", "Code", onDelete: ReferentialAction.Restrict);
                table.ForeignKey("FK_ResidentBenefits_Partnerships_PartnershipId", x => x.PartnershipId, "Partnerships", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex("IX_ResidentBenefits_OwnerCode_IsPublished", "ResidentBenefits", ["OwnerCode", "IsPublished"]);
        migrationBuilder.CreateIndex("IX_ResidentBenefits_PartnershipId", "ResidentBenefits", "PartnershipId");
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable("ResidentBenefits");
}
