using Gyoryu.Domain.Discovery;
using Gyoryu.Domain.Discovery.Profiles;
using Gyoryu.Domain.Partners;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gyoryu.Web.Data.Configurations;

internal sealed class PlaceProfileConfiguration : IEntityTypeConfiguration<PlaceProfile>
{
    public void Configure(EntityTypeBuilder<PlaceProfile> builder)
    {
        builder.ToTable("PlaceProfiles");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.PlaceKey).HasMaxLength(PlaceKey.MaxLength);
        builder.Property(p => p.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.LocalGovernmentCode).HasMaxLength(5);

        // Both masks hold fewer than 63 bits; a signed column works on every provider.
        builder.Property(p => p.IndustryMask).HasConversion<long>();
        builder.Property(p => p.GoalTagMask).HasConversion<long>();
        builder.Property(p => p.GoalText).HasMaxLength(PlaceProfile.MaxGoalTextLength);
        builder.Property(p => p.Specialties).HasMaxLength(PlaceProfile.MaxSpecialtiesLength);
        builder.Property(p => p.Festivals).HasMaxLength(PlaceProfile.MaxFestivalsLength);
        builder.Property(p => p.Source).HasMaxLength(PlaceProfile.MaxSourceLength);
        builder.Property(p => p.UpdatedBy).HasMaxLength(100);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.Ignore(p => p.Place);
        builder.Ignore(p => p.Industries);
        builder.Ignore(p => p.GoalTags);

        builder.HasOne<LocalGovernment>().WithMany().HasForeignKey(p => p.LocalGovernmentCode).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ForeignCity>().WithMany().HasForeignKey(p => p.ForeignCityId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => p.PlaceKey).IsUnique();
    }
}
