using Gyoryu.Domain.Partners;
using Gyoryu.Domain.Partnerships;
using Gyoryu.Web.Features.Account;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gyoryu.Web.Data.Configurations;

internal sealed class GyoryuUserConfiguration : IEntityTypeConfiguration<GyoryuUser>
{
    public void Configure(EntityTypeBuilder<GyoryuUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(GyoryuUser.MaxDisplayNameLength);
        builder.Property(u => u.GovernmentCode).HasMaxLength(5);
        builder.HasOne<LocalGovernment>().WithMany().HasForeignKey(u => u.GovernmentCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Partnership>().WithMany().HasForeignKey(u => u.PartnershipId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(u => u.GovernmentCode);
        builder.HasIndex(u => u.PartnershipId);
    }
}

internal sealed class PartnershipCommentConfiguration : IEntityTypeConfiguration<PartnershipComment>
{
    public void Configure(EntityTypeBuilder<PartnershipComment> builder)
    {
        builder.ToTable("PartnershipComments");
        builder.Property(c => c.AuthorName).HasMaxLength(PartnershipComment.MaxAuthorLength);
        builder.Property(c => c.Text).HasMaxLength(PartnershipComment.MaxTextLength);
        builder.HasOne<Partnership>().WithMany().HasForeignKey(c => c.PartnershipId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => new { c.PartnershipId, c.PostedAt });
    }
}
