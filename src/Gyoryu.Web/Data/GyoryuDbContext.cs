using Gyoryu.Domain.Discovery.Candidates;
using Gyoryu.Domain.Discovery.Network;
using Gyoryu.Domain.Discovery.Profiles;
using Gyoryu.Domain.Exchanges;
using Gyoryu.Domain.Partners;
using Gyoryu.Domain.Partnerships;
using Gyoryu.Domain.Performance;
using Gyoryu.Web.Features.Account;
using Gyoryu.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Gyoryu.Web.Data;

/// <param name="tenant">Whose records queries see; without one (tools, schema tests) every government's.</param>
public sealed class GyoryuDbContext(DbContextOptions<GyoryuDbContext> options, TenantScope? tenant = null)
    : IdentityDbContext<GyoryuUser>(options), IDataProtectionKeyContext
{
    /// <summary>The name of the query filters that keep one government's records from another's (ADR 0013).</summary>
    public const string TenantFilter = "Tenant";

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

    public DbSet<ResidentBenefit> ResidentBenefits => Set<ResidentBenefit>();

    public DbSet<PartnershipComment> PartnershipComments => Set<PartnershipComment>();

    /// <summary>The keys that protect cookies and tokens, shared by every instance of the app (ADR 0014).</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    // Read by the query filters at query time; null means every government.
    private string? TenantCode => tenant?.GovernmentCode;

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

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(GyoryuDbContext).Assembly);
        FilterByTenant(modelBuilder);
    }

    // Every record a government owns, in one place. A domestic tie belongs to both of its governments, and so do its parts.
    private void FilterByTenant(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Partnership>().HasQueryFilter(TenantFilter, p =>
            TenantCode == null || p.OwnerCode == TenantCode || p.PartnerLocalGovernmentCode == TenantCode);
        modelBuilder.Entity<TimelineEntry>().HasQueryFilter(TenantFilter, t =>
            TenantCode == null || Partnerships.Any(p => p.Id == t.PartnershipId));
        modelBuilder.Entity<WorkingMeeting>().HasQueryFilter(TenantFilter, m =>
            TenantCode == null || Partnerships.Any(p => p.Id == m.PartnershipId));
        modelBuilder.Entity<PartnershipComment>().HasQueryFilter(TenantFilter, c =>
            TenantCode == null || Partnerships.Any(p => p.Id == c.PartnershipId));
        modelBuilder.Entity<Contact>().HasQueryFilter(TenantFilter, c =>
            TenantCode == null || Partnerships.Any(p => p.Id == c.PartnershipId));
        modelBuilder.Entity<AgreementDocument>().HasQueryFilter(TenantFilter, d =>
            TenantCode == null || Partnerships.Any(p => p.Id == d.PartnershipId));
        modelBuilder.Entity<Activity>().HasQueryFilter(TenantFilter, a =>
            TenantCode == null || a.OwnerCode == TenantCode || Partnerships.Any(p => p.Id == a.PartnershipId));
        modelBuilder.Entity<ActivityAttachment>().HasQueryFilter(TenantFilter, a =>
            TenantCode == null || Activities.Any(x => x.Id == a.ActivityId));
        modelBuilder.Entity<ExchangeProject>().HasQueryFilter(TenantFilter, x => TenantCode == null || x.OwnerCode == TenantCode);
        modelBuilder.Entity<Infrastructure.Audit.AuditEntry>().HasQueryFilter(TenantFilter, e => TenantCode == null || e.TenantCode == TenantCode);
        modelBuilder.Entity<ResidentBenefit>().HasQueryFilter(TenantFilter, b => TenantCode == null || b.OwnerCode == TenantCode);
        modelBuilder.Entity<Candidate>().HasQueryFilter(TenantFilter, c => TenantCode == null || c.OwnerCode == TenantCode);
        modelBuilder.Entity<Rubric>().HasQueryFilter(TenantFilter, r => TenantCode == null || r.OwnerCode == TenantCode);
        modelBuilder.Entity<YearlyEvaluation>().HasQueryFilter(TenantFilter, e => TenantCode == null || e.OwnerCode == TenantCode);
        modelBuilder.Entity<FeedbackLink>().HasQueryFilter(TenantFilter, f => TenantCode == null || f.OwnerCode == TenantCode);
        modelBuilder.Entity<Feedback>().HasQueryFilter(TenantFilter, f => TenantCode == null || f.OwnerCode == TenantCode);
    }

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
