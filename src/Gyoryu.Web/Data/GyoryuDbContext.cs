using Gyoryu.Domain.Discovery.Candidates;
using Gyoryu.Domain.Discovery.Network;
using Gyoryu.Domain.Discovery.Profiles;
using Gyoryu.Domain.Exchanges;
using Gyoryu.Domain.Partners;
using Gyoryu.Domain.Partnerships;
using Gyoryu.Domain.Performance;
using Microsoft.EntityFrameworkCore;

namespace Gyoryu.Web.Data;

public sealed class GyoryuDbContext(DbContextOptions<GyoryuDbContext> options) : DbContext(options)
{
    public DbSet<LocalGovernment> LocalGovernments => Set<LocalGovernment>();

    public DbSet<GovernmentProfile> GovernmentProfiles => Set<GovernmentProfile>();

    public DbSet<Country> Countries => Set<Country>();

    public DbSet<ForeignCity> ForeignCities => Set<ForeignCity>();

    public DbSet<Partnership> Partnerships => Set<Partnership>();

    public DbSet<TimelineEntry> TimelineEntries => Set<TimelineEntry>();

    public DbSet<WorkingMeeting> WorkingMeetings => Set<WorkingMeeting>();

    public DbSet<AgreementDocument> AgreementDocuments => Set<AgreementDocument>();

    public DbSet<DocumentContent> DocumentContents => Set<DocumentContent>();

    public DbSet<PlaceProfile> PlaceProfiles => Set<PlaceProfile>();

    public DbSet<Candidate> Candidates => Set<Candidate>();

    public DbSet<TwinImport> TwinImports => Set<TwinImport>();

    public DbSet<TwinLink> TwinLinks => Set<TwinLink>();

    public DbSet<ExchangeProject> ExchangeProjects => Set<ExchangeProject>();

    public DbSet<ProjectPartnership> ProjectPartnerships => Set<ProjectPartnership>();

    public DbSet<Activity> Activities => Set<Activity>();

    public DbSet<ActivityAttachment> ActivityAttachments => Set<ActivityAttachment>();

    public DbSet<Rubric> Rubrics => Set<Rubric>();

    public DbSet<YearlyEvaluation> YearlyEvaluations => Set<YearlyEvaluation>();

    public DbSet<FeedbackLink> FeedbackLinks => Set<FeedbackLink>();

    public DbSet<Feedback> Feedback => Set<Feedback>();

    public DbSet<Infrastructure.Audit.AuditEntry> AuditEntries => Set<Infrastructure.Audit.AuditEntry>();

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        BumpVersions();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        BumpVersions();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(GyoryuDbContext).Assembly);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<Domain.Common.PartialDate>().HaveConversion<PartialDateConverter>().HaveMaxLength(10);
        configurationBuilder.Properties<Domain.Common.PartialDate?>().HaveConversion<PartialDateConverter>().HaveMaxLength(10);

        // Stored as UTC DateTime: SQLite cannot order or compare DateTimeOffset, and PostgreSQL keeps timestamptz in UTC anyway.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcDateTimeConverter>();
    }

    // The version is the concurrency token: whatever a caller loaded (or claimed to have loaded) must still be current.
    private void BumpVersions()
    {
        foreach (var entry in ChangeTracker.Entries())
        {
            if (entry.State == EntityState.Modified && entry.Metadata.FindProperty(nameof(Partnership.Version)) is { IsConcurrencyToken: true } property)
            {
                var version = entry.Property(property.Name);
                version.CurrentValue = (int)version.OriginalValue! + 1;
            }
        }
    }
}
