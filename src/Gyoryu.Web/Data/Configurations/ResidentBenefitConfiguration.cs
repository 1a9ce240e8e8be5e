using Gyoryu.Domain.Partners;
using Gyoryu.Domain.Partnerships;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gyoryu.Web.Data.Configurations;

internal sealed class ResidentBenefitConfiguration : IEntityTypeConfiguration<ResidentBenefit>
{
    public void Configure(EntityTypeBuilder<ResidentBenefit> builder)
    {
        builder.ToTable("ResidentBenefits");
        builder.Property(b => b.OwnerCode).HasMaxLength(5);
        builder.Property(b => b.Title).HasMaxLength(ResidentBenefit.MaxTitleLength);
        builder.Property(b => b.Category).HasConversion<string>().HasMaxLength(20);
        builder.Property(b => b.Details).HasMaxLength(ResidentBenefit.MaxDetailsLength);
        builder.Property(b => b.Place).HasMaxLength(ResidentBenefit.MaxPlaceLength);
        builder.Property(b => b.PublishedAt).HasConversion<UtcDateTimeConverter>();
        builder.Property(b => b.CreatedBy).HasMaxLength(100);
        builder.Property(b => b.UpdatedBy).HasMaxLength(100);
        builder.Property(b => b.Version).IsConcurrencyToken();
        builder.Ignore(b => b.ForAllPartners);
        builder.HasOne<LocalGovernment>().WithMany().HasForeignKey(b => b.OwnerCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Partnership>().WithMany().HasForeignKey(b => b.PartnershipId).OnDelete(DeleteBehavior.Cascade);

        // The public page reads one government's published benefits; a partner's page reads those named to one tie.
        builder.HasIndex(b => new { b.OwnerCode, b.IsPublished });
        builder.HasIndex(b => b.PartnershipId);
    }
}
