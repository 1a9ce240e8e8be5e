using Gyoryu.Domain.Partners;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gyoryu.Web.Data.Configurations;

internal sealed class ForeignCityConfiguration : IEntityTypeConfiguration<ForeignCity>
{
    public void Configure(EntityTypeBuilder<ForeignCity> builder)
    {
        builder.ToTable("ForeignCities");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.NameEn).HasMaxLength(200);
        builder.Property(c => c.SearchName).HasMaxLength(200);
        builder.Property(c => c.NameKo).HasMaxLength(200);
        builder.Property(c => c.CountryCode).HasMaxLength(2);
        builder.Property(c => c.AdminRegion).HasMaxLength(200);
        builder.Property(c => c.ReferenceId).HasMaxLength(40);
        builder.Property(c => c.AddedByCode).HasMaxLength(5);
        builder.HasOne<Country>().WithMany().HasForeignKey(c => c.CountryCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.CountryCode, c.SearchName });
        builder.HasIndex(c => c.SearchName);
        builder.HasIndex(c => c.ReferenceId).IsUnique();
    }
}
