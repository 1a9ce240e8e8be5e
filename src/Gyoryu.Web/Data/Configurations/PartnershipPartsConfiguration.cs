using Gyoryu.Domain.Partnerships;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gyoryu.Web.Data.Configurations;

internal sealed class WorkingMeetingConfiguration : IEntityTypeConfiguration<WorkingMeeting>
{
    public void Configure(EntityTypeBuilder<WorkingMeeting> builder)
    {
        builder.ToTable("WorkingMeetings");
        builder.Property(m => m.Place).HasMaxLength(200);
        builder.Property(m => m.Attendees).HasMaxLength(2000);
        builder.Property(m => m.Minutes).HasMaxLength(20000);
    }
}

internal sealed class CouncilApprovalConfiguration : IEntityTypeConfiguration<CouncilApproval>
{
    public void Configure(EntityTypeBuilder<CouncilApproval> builder)
    {
        builder.ToTable("CouncilApprovals");
        builder.Property(a => a.ForType).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.ResolutionNumber).HasMaxLength(100);
    }
}

internal sealed class TimelineEntryConfiguration : IEntityTypeConfiguration<TimelineEntry>
{
    public void Configure(EntityTypeBuilder<TimelineEntry> builder)
    {
        builder.ToTable("TimelineEntries");
        builder.Property(t => t.Kind).HasConversion<string>().HasMaxLength(40);
        builder.Property(t => t.StatusAfter).HasConversion<string>().HasMaxLength(20);
        builder.Property(t => t.Note).HasMaxLength(4000);
        builder.Property(t => t.RecordedBy).HasMaxLength(100);
        builder.HasIndex(t => t.RecordedAt);
    }
}

internal sealed class ContactConfiguration : IEntityTypeConfiguration<Contact>
{
    public void Configure(EntityTypeBuilder<Contact> builder)
    {
        builder.ToTable("Contacts");
        builder.Property(c => c.Side).HasConversion<string>().HasMaxLength(10);
        builder.Property(c => c.Name).HasMaxLength(100);
        builder.Property(c => c.Organisation).HasMaxLength(200);
        builder.Property(c => c.Position).HasMaxLength(100);
        builder.Property(c => c.Email).HasMaxLength(200);
        builder.Property(c => c.Phone).HasMaxLength(50);
    }
}

internal sealed class AgreementDocumentConfiguration : IEntityTypeConfiguration<AgreementDocument>
{
    public void Configure(EntityTypeBuilder<AgreementDocument> builder)
    {
        builder.ToTable("AgreementDocuments");
        builder.Property(d => d.FileName).HasMaxLength(255);
        builder.Property(d => d.ContentType).HasMaxLength(100);
        builder.Property(d => d.Kind).HasConversion<string>().HasMaxLength(10);
        builder.Property(d => d.Sha256).HasMaxLength(64);
        builder.Property(d => d.Description).HasMaxLength(500);
        builder.Property(d => d.UploadedBy).HasMaxLength(100);
    }
}

internal sealed class DocumentContentConfiguration : IEntityTypeConfiguration<Data.DocumentContent>
{
    public void Configure(EntityTypeBuilder<Data.DocumentContent> builder)
    {
        builder.ToTable("DocumentContents");
        builder.HasKey(d => d.Sha256);
        builder.Property(d => d.Sha256).HasMaxLength(64);
    }
}
