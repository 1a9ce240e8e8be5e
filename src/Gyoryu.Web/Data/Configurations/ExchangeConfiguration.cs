using Gyoryu.Domain.Exchanges;
using Gyoryu.Domain.Partners;
using Gyoryu.Domain.Partnerships;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gyoryu.Web.Data.Configurations;

internal sealed class ExchangeProjectConfiguration : IEntityTypeConfiguration<ExchangeProject>
{
    public void Configure(EntityTypeBuilder<ExchangeProject> builder)
    {
        builder.ToTable("ExchangeProjects");
        builder.Property(p => p.OwnerCode).HasMaxLength(5);
        builder.Property(p => p.Title).HasMaxLength(200);
        builder.Property(p => p.Department).HasMaxLength(100);
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.PartnerContributionNote).HasMaxLength(500);
        builder.Property(p => p.Description).HasMaxLength(4000);
        builder.Property(p => p.CancellationReason).HasMaxLength(1000);
        builder.Property(p => p.CreatedBy).HasMaxLength(100);
        builder.Property(p => p.UpdatedBy).HasMaxLength(100);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.Ignore(p => p.ExecutionRate);
        builder.Ignore(p => p.IsClosed);
        builder.HasOne<LocalGovernment>().WithMany().HasForeignKey(p => p.OwnerCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.Partnerships).WithOne().HasForeignKey(l => l.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Partnerships).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasIndex(p => new { p.OwnerCode, p.StartsOn });
    }
}

internal sealed class ProjectPartnershipConfiguration : IEntityTypeConfiguration<ProjectPartnership>
{
    public void Configure(EntityTypeBuilder<ProjectPartnership> builder)
    {
        builder.ToTable("ProjectPartnerships");
        builder.HasKey(l => new { l.ProjectId, l.PartnershipId });
        builder.HasOne<Partnership>().WithMany().HasForeignKey(l => l.PartnershipId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(l => l.PartnershipId);
    }
}

internal sealed class ActivityConfiguration : IEntityTypeConfiguration<Activity>
{
    public void Configure(EntityTypeBuilder<Activity> builder)
    {
        builder.ToTable("Activities");
        builder.Property(a => a.OwnerCode).HasMaxLength(5);
        builder.Property(a => a.Kind).HasConversion<string>().HasMaxLength(40);
        builder.Property(a => a.Direction).HasConversion<string>().HasMaxLength(10);
        builder.Property(a => a.Title).HasMaxLength(200);
        builder.Property(a => a.Place).HasMaxLength(200);
        builder.Property(a => a.OutcomeNote).HasMaxLength(2000);
        builder.Property(a => a.Description).HasMaxLength(4000);
        builder.Property(a => a.CreatedBy).HasMaxLength(100);
        builder.Property(a => a.UpdatedBy).HasMaxLength(100);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.Ignore(a => a.Participants);
        builder.Ignore(a => a.Outcomes);
        builder.HasOne<LocalGovernment>().WithMany().HasForeignKey(a => a.OwnerCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Partnership>().WithMany().HasForeignKey(a => a.PartnershipId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ExchangeProject>().WithMany().HasForeignKey(a => a.ProjectId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(a => a.Attachments).WithOne().HasForeignKey(f => f.ActivityId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Links).WithOne().HasForeignKey(l => l.ActivityId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(a => a.Attachments).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(a => a.Links).UsePropertyAccessMode(PropertyAccessMode.Field);

        // Yearly KPIs group one partnership's rows by year; "days since" and dormancy read the latest HeldOn.
        builder.HasIndex(a => new { a.PartnershipId, a.Year });
        builder.HasIndex(a => new { a.PartnershipId, a.HeldOn });

        // The month calendar and the upcoming list of one government.
        builder.HasIndex(a => new { a.OwnerCode, a.HeldOn });
        builder.HasIndex(a => a.ProjectId);
    }
}

internal sealed class ActivityAttachmentConfiguration : IEntityTypeConfiguration<ActivityAttachment>
{
    public void Configure(EntityTypeBuilder<ActivityAttachment> builder)
    {
        builder.ToTable("ActivityAttachments");
        builder.Property(f => f.FileName).HasMaxLength(255);
        builder.Property(f => f.ContentType).HasMaxLength(100);
        builder.Property(f => f.Sha256).HasMaxLength(64);
        builder.Property(f => f.UploadedBy).HasMaxLength(100);
    }
}

internal sealed class ActivityLinkConfiguration : IEntityTypeConfiguration<ActivityLink>
{
    public void Configure(EntityTypeBuilder<ActivityLink> builder)
    {
        builder.ToTable("ActivityLinks");
        builder.Property(l => l.Url).HasMaxLength(1000);
        builder.Property(l => l.Title).HasMaxLength(300);
    }
}
