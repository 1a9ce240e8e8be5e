using Gyoryu.Domain.Partners;
using Gyoryu.Domain.Partnerships;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gyoryu.Web.Data.Configurations;

internal sealed class PartnershipConfiguration : IEntityTypeConfiguration<Partnership>
{
    public void Configure(EntityTypeBuilder<Partnership> builder)
    {
        builder.ToTable("Partnerships");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.OwnerCode).HasMaxLength(5);
        builder.Property(p => p.PartnerKind).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.PartnerLocalGovernmentCode).HasMaxLength(5);
        builder.Property(p => p.PairKey).HasMaxLength(40);
        builder.Property(p => p.Type).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.SignedType).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.Motive).HasMaxLength(4000);
        builder.Property(p => p.History).HasMaxLength(8000);
        builder.Property(p => p.DateBasis).HasMaxLength(200);
        builder.Property(p => p.SigningPlace).HasMaxLength(200);
        builder.Property(p => p.TerminationReason).HasMaxLength(2000);
        builder.Property(p => p.TerminationDecision).HasMaxLength(500);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.Ignore(p => p.IsDomestic);
        builder.Ignore(p => p.IsLive);
        builder.Ignore(p => p.IsSigned);

        builder.HasOne<LocalGovernment>().WithMany().HasForeignKey(p => p.OwnerCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<LocalGovernment>().WithMany().HasForeignKey(p => p.PartnerLocalGovernmentCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ForeignCity>().WithMany().HasForeignKey(p => p.PartnerForeignCityId).OnDelete(DeleteBehavior.Restrict);

        builder.HasMany(p => p.Meetings).WithOne().HasForeignKey(m => m.PartnershipId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.CouncilApprovals).WithOne().HasForeignKey(a => a.PartnershipId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Timeline).WithOne().HasForeignKey(t => t.PartnershipId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Contacts).WithOne().HasForeignKey(c => c.PartnershipId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Documents).WithOne().HasForeignKey(d => d.PartnershipId).OnDelete(DeleteBehavior.Cascade);
        foreach (var navigation in new[] { nameof(Partnership.Meetings), nameof(Partnership.CouncilApprovals), nameof(Partnership.Timeline), nameof(Partnership.Contacts), nameof(Partnership.Documents) })
        {
            builder.Navigation(navigation).UsePropertyAccessMode(PropertyAccessMode.Field);
        }

        // One live tie per pair: a terminated one may be followed by a new start.
        builder.HasIndex(p => p.PairKey).IsUnique().HasFilter("\"Status\" <> 'Terminated'").HasDatabaseName("IX_Partnerships_PairKey_Live");
        builder.HasIndex(p => new { p.OwnerCode, p.Status });
        builder.HasIndex(p => p.PartnerLocalGovernmentCode);
        builder.HasIndex(p => p.PartnerForeignCityId);
        builder.HasIndex(p => new { p.SignedYear, p.SignedOn });
    }
}
