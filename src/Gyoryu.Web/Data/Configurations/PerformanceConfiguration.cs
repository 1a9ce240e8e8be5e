using Gyoryu.Domain.Exchanges;
using Gyoryu.Domain.Partners;
using Gyoryu.Domain.Partnerships;
using Gyoryu.Domain.Performance;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gyoryu.Web.Data.Configurations;

internal sealed class RubricConfiguration : IEntityTypeConfiguration<Rubric>
{
    public void Configure(EntityTypeBuilder<Rubric> builder)
    {
        builder.ToTable("Rubrics");
        builder.Property(r => r.OwnerCode).HasMaxLength(5);
        builder.Property(r => r.UpdatedBy).HasMaxLength(100);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.HasOne<LocalGovernment>().WithMany().HasForeignKey(r => r.OwnerCode).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Criteria).WithOne().HasForeignKey(c => c.RubricId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.Criteria).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasIndex(r => r.OwnerCode).IsUnique();
    }
}

internal sealed class RubricCriterionConfiguration : IEntityTypeConfiguration<RubricCriterion>
{
    public void Configure(EntityTypeBuilder<RubricCriterion> builder)
    {
        builder.ToTable("RubricCriteria");
        builder.Property(c => c.Name).HasMaxLength(100);
        builder.Property(c => c.Kpi).HasConversion<string>().HasMaxLength(30);
        builder.Property(c => c.Guidance).HasMaxLength(500);
    }
}

internal sealed class YearlyEvaluationConfiguration : IEntityTypeConfiguration<YearlyEvaluation>
{
    public void Configure(EntityTypeBuilder<YearlyEvaluation> builder)
    {
        builder.ToTable("YearlyEvaluations");
        builder.Property(e => e.OwnerCode).HasMaxLength(5);
        builder.Property(e => e.Grade).HasConversion<string>().HasMaxLength(2);
        builder.Property(e => e.Recommendation).HasConversion<string>().HasMaxLength(30);
        builder.Property(e => e.Comment).HasMaxLength(4000);
        builder.Property(e => e.EvaluatedBy).HasMaxLength(100);
        builder.Property(e => e.Version).IsConcurrencyToken();
        builder.HasOne<LocalGovernment>().WithMany().HasForeignKey(e => e.OwnerCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Partnership>().WithMany().HasForeignKey(e => e.PartnershipId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(e => e.Scores).WithOne().HasForeignKey(s => s.EvaluationId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(e => e.Scores).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasIndex(e => new { e.PartnershipId, e.Year }).IsUnique();
    }
}

internal sealed class EvaluationScoreConfiguration : IEntityTypeConfiguration<EvaluationScore>
{
    public void Configure(EntityTypeBuilder<EvaluationScore> builder)
    {
        builder.ToTable("EvaluationScores");
        builder.Property(s => s.Name).HasMaxLength(100);
        builder.Property(s => s.Kpi).HasConversion<string>().HasMaxLength(30);
        builder.Property(s => s.Evidence).HasMaxLength(500);
    }
}

internal sealed class FeedbackLinkConfiguration : IEntityTypeConfiguration<FeedbackLink>
{
    public void Configure(EntityTypeBuilder<FeedbackLink> builder)
    {
        builder.ToTable("FeedbackLinks");
        builder.Property(l => l.Token).HasMaxLength(32);
        builder.Property(l => l.OwnerCode).HasMaxLength(5);
        builder.Property(l => l.Title).HasMaxLength(200);
        builder.Property(l => l.CreatedBy).HasMaxLength(100);
        builder.HasOne<LocalGovernment>().WithMany().HasForeignKey(l => l.OwnerCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Partnership>().WithMany().HasForeignKey(l => l.PartnershipId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Activity>().WithMany().HasForeignKey(l => l.ActivityId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(l => l.Token).IsUnique();
        builder.HasIndex(l => l.PartnershipId);
        builder.HasIndex(l => l.ActivityId);
    }
}

internal sealed class FeedbackConfiguration : IEntityTypeConfiguration<Feedback>
{
    public void Configure(EntityTypeBuilder<Feedback> builder)
    {
        builder.ToTable("Feedback");
        builder.Property(f => f.OwnerCode).HasMaxLength(5);
        builder.Property(f => f.Comment).HasMaxLength(Feedback.MaxCommentLength);
        builder.Property(f => f.Role).HasConversion<string>().HasMaxLength(20);
        builder.HasOne<Partnership>().WithMany().HasForeignKey(f => f.PartnershipId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<FeedbackLink>().WithMany().HasForeignKey(f => f.FeedbackLinkId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(f => new { f.PartnershipId, f.Year });
        builder.HasIndex(f => f.FeedbackLinkId);
    }
}
