using Gyoryu.Domain.Discovery;
using Gyoryu.Domain.Discovery.Candidates;
using Gyoryu.Domain.Partners;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gyoryu.Web.Data.Configurations;

internal sealed class CandidateConfiguration : IEntityTypeConfiguration<Candidate>
{
    public void Configure(EntityTypeBuilder<Candidate> builder)
    {
        builder.ToTable("Candidates");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.OwnerCode).HasMaxLength(5);
        builder.Property(c => c.PlaceKey).HasMaxLength(PlaceKey.MaxLength);
        builder.Property(c => c.BoardKey).HasMaxLength(40);
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.LocalGovernmentCode).HasMaxLength(5);
        builder.Property(c => c.Source).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Notes).HasMaxLength(Candidate.MaxNotesLength);
        builder.Property(c => c.RecommendationReason).HasMaxLength(Candidate.MaxReasonLength);
        builder.Property(c => c.CreatedBy).HasMaxLength(100);
        builder.Property(c => c.UpdatedBy).HasMaxLength(100);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.Ignore(c => c.Place);
        builder.Ignore(c => c.IsOpen);

        builder.HasOne<LocalGovernment>().WithMany().HasForeignKey(c => c.OwnerCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<LocalGovernment>().WithMany().HasForeignKey(c => c.LocalGovernmentCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ForeignCity>().WithMany().HasForeignKey(c => c.ForeignCityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(c => c.Partnership).WithMany().HasForeignKey(c => c.PartnershipId).OnDelete(DeleteBehavior.SetNull);

        // One open candidate per owner and place; a dropped or promoted one may come back.
        builder.HasIndex(c => c.BoardKey).IsUnique().HasFilter("\"Status\" = 'Considering'").HasDatabaseName("IX_Candidates_BoardKey_Open");
        builder.HasIndex(c => new { c.OwnerCode, c.Status });
    }
}
