using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Gyoryu.Web.Data.Migrations;

/// <summary>The audit log: one row per saved change to a record, kept without foreign keys so it outlives what it names.</summary>
[DbContext(typeof(GyoryuDbContext))]
[Migration("20261202010000_Audit")]
public sealed class AuditLog : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "AuditEntries",
            columns: table => new
            {
                Id = MigrationColumns.LongIdentity(table),
                At = table.Column<DateTime>(nullable: false),
                Actor = table.Column<string>(maxLength: 100, nullable: false),
                ActorId = table.Column<string>(maxLength: 100, nullable: true),
                TenantCode = table.Column<string>(maxLength: 5, nullable: false),
                EntityType = table.Column<string>(maxLength: 60, nullable: false),
                EntityId = table.Column<string>(maxLength: 100, nullable: false),
                Action = table.Column<string>(maxLength: 20, nullable: false),
                Step = table.Column<string>(maxLength: 40, nullable: true),
                Label = table.Column<string>(maxLength: 200, nullable: true),
                Changes = table.Column<string>(nullable: false),
                RequestPath = table.Column<string>(maxLength: 300, nullable: true),
                TraceId = table.Column<string>(maxLength: 100, nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_AuditEntries", x => x.Id));

        migrationBuilder.CreateIndex("IX_AuditEntries_TenantCode_At", "AuditEntries", ["TenantCode", "At"]);
        migrationBuilder.CreateIndex("IX_AuditEntries_EntityType_EntityId", "AuditEntries", ["EntityType", "EntityId"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable("AuditEntries");
}
