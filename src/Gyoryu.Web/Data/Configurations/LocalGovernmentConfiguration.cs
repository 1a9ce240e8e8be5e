using Gyoryu.Domain.Partners;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gyoryu.Web.Data.Configurations;

internal sealed class LocalGovernmentConfiguration : IEntityTypeConfiguration<LocalGovernment>
{
    public void Configure(EntityTypeBuilder<LocalGovernment> builder)
    {
        builder.ToTable("LocalGovernments");
        builder.HasKey(g => g.Code);
        builder.Property(g => g.Code).HasMaxLength(5);
        builder.Property(g => g.NameKo).HasMaxLength(50);
        builder.Property(g => g.NameEn).HasMaxLength(100);
        builder.Property(g => g.ProvinceCode).HasMaxLength(5);
        builder.Property(g => g.ProvinceKo).HasMaxLength(30);
        builder.Property(g => g.Tier).HasConversion<string>().HasMaxLength(20);
        builder.Property(g => g.PopulationMonth).HasMaxLength(7);
        builder.Ignore(g => g.FullNameKo);
        builder.Ignore(g => g.CountryCode);
        builder.HasIndex(g => g.NameKo);
        builder.HasIndex(g => g.ProvinceCode);
    }
}
