using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Gyoryu.Web.Data.Migrations;

/// <summary>A government's own description for partner search: vision, industries, criteria, its cooperation team.</summary>
[DbContext(typeof(GyoryuDbContext))]
[Migration("20261122090000_GovernmentProfiles")]
public sealed class GovernmentProfiles : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.CreateTable(
            name: "GovernmentProfiles",
            columns: table => new
            {
                GovernmentCode = table.Column<string>(maxLength: 5, nullable: false),
                Vision = table.Column<string>(maxLength: 2000, nullable: true),
                KeyIndustries = table.Column<string>(maxLength: 2000, nullable: true),
                PartnerCriteria = table.Column<string>(maxLength: 2000, nullable: true),
                CooperationTeam = table.Column<string>(maxLength: 2000, nullable: true),
                CooperationTeamSince = table.Column<string>(maxLength: 10, nullable: true),
                Source = table.Column<string>(maxLength: 2000, nullable: true),
                UpdatedBy = table.Column<string>(maxLength: 100, nullable: false),
                UpdatedAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_GovernmentProfiles", x => x.GovernmentCode);
                table.ForeignKey(
                    "FK_GovernmentProfiles_LocalGovernments_GovernmentCode", x => x.GovernmentCode, "LocalGovernments", "Code",
                    onDelete: ReferentialAction.Cascade);
            });

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable("GovernmentProfiles");
}
