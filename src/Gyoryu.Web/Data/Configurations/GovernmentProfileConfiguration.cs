using Gyoryu.Domain.Partners;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gyoryu.Web.Data.Configurations;

internal sealed class GovernmentProfileConfiguration : IEntityTypeConfiguration<GovernmentProfile>
{
    public void Configure(EntityTypeBuilder<GovernmentProfile> builder)
    {
        builder.ToTable("GovernmentProfiles");
        builder.HasKey(p => p.GovernmentCode);
        builder.Property(p => p.GovernmentCode).HasMaxLength(5);
        builder.Property(p => p.Vision).HasMaxLength(GovernmentProfile.MaxTextLength);
        builder.Property(p => p.KeyIndustries).HasMaxLength(GovernmentProfile.MaxTextLength);
        builder.Property(p => p.PartnerCriteria).HasMaxLength(GovernmentProfile.MaxTextLength);
        builder.Property(p => p.CooperationTeam).HasMaxLength(GovernmentProfile.MaxTextLength);
        builder.Property(p => p.Source).HasMaxLength(GovernmentProfile.MaxTextLength);
        builder.Property(p => p.UpdatedBy).HasMaxLength(100);
        builder.HasOne<LocalGovernment>().WithOne().HasForeignKey<GovernmentProfile>(p => p.GovernmentCode).OnDelete(DeleteBehavior.Cascade);
    }
}
