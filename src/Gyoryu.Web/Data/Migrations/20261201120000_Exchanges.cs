using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Gyoryu.Web.Data.Migrations;

/// <summary>Exchange projects and activities, rubrics, yearly evaluations and public feedback.</summary>
[DbContext(typeof(GyoryuDbContext))]
[Migration("20261201120000_Exchanges")]
public sealed class ExchangeTables : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "ExchangeProjects",
            columns: table => new
            {
                Id = MigrationColumns.Identity(table),
                OwnerCode = table.Column<string>(maxLength: 5, nullable: false),
                Title = table.Column<string>(maxLength: 200, nullable: false),
                Fields = table.Column<int>(nullable: false),
                StartsOn = table.Column<DateOnly>(nullable: false),
                EndsOn = table.Column<DateOnly>(nullable: false),
                Department = table.Column<string>(maxLength: 100, nullable: false),
                Status = table.Column<string>(maxLength: 20, nullable: false),
                PlannedBudget = table.Column<long>(nullable: false),
                ExecutedBudget = table.Column<long>(nullable: false),
                PartnerContribution = table.Column<long>(nullable: false),
                PartnerContributionNote = table.Column<string>(maxLength: 500, nullable: true),
                Description = table.Column<string>(maxLength: 4000, nullable: true),
                CancellationReason = table.Column<string>(maxLength: 1000, nullable: true),
                CreatedBy = table.Column<string>(maxLength: 100, nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
                UpdatedBy = table.Column<string>(maxLength: 100, nullable: false),
                UpdatedAt = table.Column<DateTime>(nullable: false),
                Version = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ExchangeProjects", x => x.Id);
                table.ForeignKey("FK_ExchangeProjects_LocalGovernments_OwnerCode", x => x.OwnerCode, "LocalGovernments", "Code", onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "ProjectPartnerships",
            columns: table => new
            {
                ProjectId = table.Column<int>(nullable: false),
                PartnershipId = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ProjectPartnerships", x => new { x.ProjectId, x.PartnershipId });
                table.ForeignKey("FK_ProjectPartnerships_ExchangeProjects_ProjectId", x => x.ProjectId, "ExchangeProjects", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_ProjectPartnerships_Partnerships_PartnershipId", x => x.PartnershipId, "Partnerships", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "Activities",
            columns: table => new
            {
                Id = MigrationColumns.Identity(table),
                OwnerCode = table.Column<string>(maxLength: 5, nullable: false),
                PartnershipId = table.Column<int>(nullable: false),
                ProjectId = table.Column<int>(nullable: true),
                Kind = table.Column<string>(maxLength: 40, nullable: false),
                Direction = table.Column<string>(maxLength: 10, nullable: false),
                Title = table.Column<string>(maxLength: 200, nullable: false),
                HeldOn = table.Column<DateOnly>(nullable: false),
                EndsOn = table.Column<DateOnly>(nullable: true),
                Year = table.Column<int>(nullable: false),
                Place = table.Column<string>(maxLength: 200, nullable: false),
                Fields = table.Column<int>(nullable: false),
                Officials = table.Column<int>(nullable: false),
                Citizens = table.Column<int>(nullable: false),
                Students = table.Column<int>(nullable: false),
                Companies = table.Column<int>(nullable: false),
                People = table.Column<int>(nullable: false),
                Cost = table.Column<long>(nullable: false),
                AgreementsSigned = table.Column<int>(nullable: false),
                ExportContracts = table.Column<int>(nullable: false),
                ExportAmount = table.Column<long>(nullable: false),
                Visitors = table.Column<int>(nullable: false),
                OutcomeNote = table.Column<string>(maxLength: 2000, nullable: true),
                Description = table.Column<string>(maxLength: 4000, nullable: true),
                CreatedBy = table.Column<string>(maxLength: 100, nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
                UpdatedBy = table.Column<string>(maxLength: 100, nullable: false),
                UpdatedAt = table.Column<DateTime>(nullable: false),
                Version = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Activities", x => x.Id);
                table.ForeignKey("FK_Activities_LocalGovernments_OwnerCode", x => x.OwnerCode, "LocalGovernments", "Code", onDelete: ReferentialAction.Restrict);
                table.ForeignKey("FK_Activities_Partnerships_PartnershipId", x => x.PartnershipId, "Partnerships", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_Activities_ExchangeProjects_ProjectId", x => x.ProjectId, "ExchangeProjects", "Id", onDelete: ReferentialAction.SetNull);
            });

        migrationBuilder.CreateTable(
            name: "ActivityAttachments",
            columns: table => new
            {
                Id = MigrationColumns.Identity(table),
                ActivityId = table.Column<int>(nullable: false),
                FileName = table.Column<string>(maxLength: 255, nullable: false),
                ContentType = table.Column<string>(maxLength: 100, nullable: false),
                Size = table.Column<long>(nullable: false),
                Sha256 = table.Column<string>(maxLength: 64, nullable: false),
                UploadedBy = table.Column<string>(maxLength: 100, nullable: false),
                UploadedAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ActivityAttachments", x => x.Id);
                table.ForeignKey("FK_ActivityAttachments_Activities_ActivityId", x => x.ActivityId, "Activities", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "ActivityLinks",
            columns: table => new
            {
                Id = MigrationColumns.Identity(table),
                ActivityId = table.Column<int>(nullable: false),
                Url = table.Column<string>(maxLength: 1000, nullable: false),
                Title = table.Column<string>(maxLength: 300, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ActivityLinks", x => x.Id);
                table.ForeignKey("FK_ActivityLinks_Activities_ActivityId", x => x.ActivityId, "Activities", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "Rubrics",
            columns: table => new
            {
                Id = MigrationColumns.Identity(table),
                OwnerCode = table.Column<string>(maxLength: 5, nullable: false),
                UpdatedBy = table.Column<string>(maxLength: 100, nullable: false),
                UpdatedAt = table.Column<DateTime>(nullable: false),
                Version = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Rubrics", x => x.Id);
                table.ForeignKey("FK_Rubrics_LocalGovernments_OwnerCode", x => x.OwnerCode, "LocalGovernments", "Code", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "RubricCriteria",
            columns: table => new
            {
                Id = MigrationColumns.Identity(table),
                RubricId = table.Column<int>(nullable: false),
                Position = table.Column<int>(nullable: false),
                Name = table.Column<string>(maxLength: 100, nullable: false),
                Weight = table.Column<int>(nullable: false),
                Kpi = table.Column<string>(maxLength: 30, nullable: false),
                Guidance = table.Column<string>(maxLength: 500, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_RubricCriteria", x => x.Id);
                table.ForeignKey("FK_RubricCriteria_Rubrics_RubricId", x => x.RubricId, "Rubrics", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "YearlyEvaluations",
            columns: table => new
            {
                Id = MigrationColumns.Identity(table),
                OwnerCode = table.Column<string>(maxLength: 5, nullable: false),
                PartnershipId = table.Column<int>(nullable: false),
                Year = table.Column<int>(nullable: false),
                Points = table.Column<double>(nullable: false),
                Grade = table.Column<string>(maxLength: 2, nullable: false),
                Recommendation = table.Column<string>(maxLength: 30, nullable: false),
                Comment = table.Column<string>(maxLength: 4000, nullable: true),
                FeedbackCount = table.Column<int>(nullable: false),
                FeedbackAverage = table.Column<double>(nullable: true),
                EvaluatedBy = table.Column<string>(maxLength: 100, nullable: false),
                EvaluatedAt = table.Column<DateTime>(nullable: false),
                Version = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_YearlyEvaluations", x => x.Id);
                table.ForeignKey("FK_YearlyEvaluations_LocalGovernments_OwnerCode", x => x.OwnerCode, "LocalGovernments", "Code", onDelete: ReferentialAction.Restrict);
                table.ForeignKey("FK_YearlyEvaluations_Partnerships_PartnershipId", x => x.PartnershipId, "Partnerships", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "EvaluationScores",
            columns: table => new
            {
                Id = MigrationColumns.Identity(table),
                EvaluationId = table.Column<int>(nullable: false),
                Position = table.Column<int>(nullable: false),
                Name = table.Column<string>(maxLength: 100, nullable: false),
                Weight = table.Column<int>(nullable: false),
                Kpi = table.Column<string>(maxLength: 30, nullable: false),
                Evidence = table.Column<string>(maxLength: 500, nullable: false),
                Score = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_EvaluationScores", x => x.Id);
                table.ForeignKey("FK_EvaluationScores_YearlyEvaluations_EvaluationId", x => x.EvaluationId, "YearlyEvaluations", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "FeedbackLinks",
            columns: table => new
            {
                Id = MigrationColumns.Identity(table),
                Token = table.Column<string>(maxLength: 32, nullable: false),
                OwnerCode = table.Column<string>(maxLength: 5, nullable: false),
                PartnershipId = table.Column<int>(nullable: false),
                ActivityId = table.Column<int>(nullable: true),
                Title = table.Column<string>(maxLength: 200, nullable: false),
                ClosesOn = table.Column<DateOnly>(nullable: true),
                CreatedBy = table.Column<string>(maxLength: 100, nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_FeedbackLinks", x => x.Id);
                table.ForeignKey("FK_FeedbackLinks_LocalGovernments_OwnerCode", x => x.OwnerCode, "LocalGovernments", "Code", onDelete: ReferentialAction.Restrict);
                table.ForeignKey("FK_FeedbackLinks_Partnerships_PartnershipId", x => x.PartnershipId, "Partnerships", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_FeedbackLinks_Activities_ActivityId", x => x.ActivityId, "Activities", "Id", onDelete: ReferentialAction.SetNull);
            });

        migrationBuilder.CreateTable(
            name: "Feedback",
            columns: table => new
            {
                Id = MigrationColumns.Identity(table),
                OwnerCode = table.Column<string>(maxLength: 5, nullable: false),
                PartnershipId = table.Column<int>(nullable: false),
                FeedbackLinkId = table.Column<int>(nullable: false),
                ActivityId = table.Column<int>(nullable: true),
                Year = table.Column<int>(nullable: false),
                Satisfaction = table.Column<int>(nullable: false),
                Comment = table.Column<string>(maxLength: 1000, nullable: true),
                Role = table.Column<string>(maxLength: 20, nullable: false),
                SubmittedAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Feedback", x => x.Id);
                table.ForeignKey("FK_Feedback_Partnerships_PartnershipId", x => x.PartnershipId, "Partnerships", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_Feedback_FeedbackLinks_FeedbackLinkId", x => x.FeedbackLinkId, "FeedbackLinks", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex("IX_ExchangeProjects_OwnerCode_StartsOn", "ExchangeProjects", ["OwnerCode", "StartsOn"]);
        migrationBuilder.CreateIndex("IX_ProjectPartnerships_PartnershipId", "ProjectPartnerships", "PartnershipId");
        migrationBuilder.CreateIndex("IX_Activities_PartnershipId_Year", "Activities", ["PartnershipId", "Year"]);
        migrationBuilder.CreateIndex("IX_Activities_PartnershipId_HeldOn", "Activities", ["PartnershipId", "HeldOn"]);
        migrationBuilder.CreateIndex("IX_Activities_OwnerCode_HeldOn", "Activities", ["OwnerCode", "HeldOn"]);
        migrationBuilder.CreateIndex("IX_Activities_ProjectId", "Activities", "ProjectId");
        migrationBuilder.CreateIndex("IX_ActivityAttachments_ActivityId", "ActivityAttachments", "ActivityId");
        migrationBuilder.CreateIndex("IX_ActivityLinks_ActivityId", "ActivityLinks", "ActivityId");
        migrationBuilder.CreateIndex("IX_Rubrics_OwnerCode", "Rubrics", "OwnerCode", unique: true);
        migrationBuilder.CreateIndex("IX_RubricCriteria_RubricId", "RubricCriteria", "RubricId");
        migrationBuilder.CreateIndex("IX_YearlyEvaluations_PartnershipId_Year", "YearlyEvaluations", ["PartnershipId", "Year"], unique: true);
        migrationBuilder.CreateIndex("IX_YearlyEvaluations_OwnerCode", "YearlyEvaluations", "OwnerCode");
        migrationBuilder.CreateIndex("IX_EvaluationScores_EvaluationId", "EvaluationScores", "EvaluationId");
        migrationBuilder.CreateIndex("IX_FeedbackLinks_Token", "FeedbackLinks", "Token", unique: true);
        migrationBuilder.CreateIndex("IX_FeedbackLinks_OwnerCode", "FeedbackLinks", "OwnerCode");
        migrationBuilder.CreateIndex("IX_FeedbackLinks_PartnershipId", "FeedbackLinks", "PartnershipId");
        migrationBuilder.CreateIndex("IX_FeedbackLinks_ActivityId", "FeedbackLinks", "ActivityId");
        migrationBuilder.CreateIndex("IX_Feedback_PartnershipId_Year", "Feedback", ["PartnershipId", "Year"]);
        migrationBuilder.CreateIndex("IX_Feedback_FeedbackLinkId", "Feedback", "FeedbackLinkId");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("Feedback");
        migrationBuilder.DropTable("FeedbackLinks");
        migrationBuilder.DropTable("EvaluationScores");
        migrationBuilder.DropTable("YearlyEvaluations");
        migrationBuilder.DropTable("RubricCriteria");
        migrationBuilder.DropTable("Rubrics");
        migrationBuilder.DropTable("ActivityLinks");
        migrationBuilder.DropTable("ActivityAttachments");
        migrationBuilder.DropTable("Activities");
        migrationBuilder.DropTable("ProjectPartnerships");
        migrationBuilder.DropTable("ExchangeProjects");
    }
}
