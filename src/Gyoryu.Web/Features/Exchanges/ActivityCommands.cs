using System.Linq.Expressions;
using System.Security.Cryptography;
using Gyoryu.Domain.Common;
using Gyoryu.Domain.Exchanges;
using Gyoryu.Domain.Partnerships;
using Gyoryu.Web.Data;
using Gyoryu.Web.Features.Partnerships;
using Gyoryu.Web.Infrastructure;
using Gyoryu.Web.Infrastructure.Officers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Gyoryu.Web.Features.Exchanges;

/// <summary>Every change to an activity, shared by the pages and the JSON API; the government is the officer's.</summary>
public sealed class ActivityCommands(GyoryuDbContext db, CurrentOfficer officer, IOptions<GyoryuOptions> options)
{
    /// <summary>A government has a partnership it owns, and a domestic tie in which it is the partner.</summary>
    public static Expression<Func<Partnership, bool>> Of(string code) => p => p.OwnerCode == code || p.PartnerLocalGovernmentCode == code;

    public async Task<Outcome> RecordAsync(string code, int partnershipId, ActivityInput input, CancellationToken cancellationToken)
    {
        if (!await db.Partnerships.Where(Of(code)).AnyAsync(p => p.Id == partnershipId, cancellationToken))
        {
            return Outcome.NotFound;
        }

        try
        {
            var record = await ToRecordAsync(partnershipId, input, cancellationToken);
            var activity = Activity.Record(code, partnershipId, record, officer.Stamp());
            db.Activities.Add(activity);
            await db.SaveChangesAsync(cancellationToken);
            return new Outcome(OutcomeKind.Done, activity.Id, activity.Version);
        }
        catch (DomainRuleException refusal)
        {
            return Outcome.Refused(refusal);
        }
    }

    public Task<Outcome> ReviseAsync(string code, int id, int expectedVersion, ActivityInput input, CancellationToken cancellationToken) =>
        ApplyAsync(code, id, expectedVersion, async activity =>
            activity.Revise(await ToRecordAsync(activity.PartnershipId, input, cancellationToken), officer.Stamp()), cancellationToken);

    /// <summary>Attaches a photo, report or press file, judged by its content like agreement documents; the bytes are stored once.</summary>
    public async Task<Outcome> AttachAsync(string code, int id, int? expectedVersion, UploadedDocument upload, CancellationToken cancellationToken)
    {
        DocumentKind kind;
        try
        {
            kind = CheckAttachment(upload, options.Value.MaxDocumentBytes);
        }
        catch (DomainRuleException refusal)
        {
            return Outcome.Refused(refusal);
        }

        var sha256 = Convert.ToHexStringLower(SHA256.HashData(upload.Content));
        return await ApplyAsync(code, id, expectedVersion, async activity =>
        {
            if (db.DocumentContents.Local.All(d => d.Sha256 != sha256) && !await db.DocumentContents.AnyAsync(d => d.Sha256 == sha256, cancellationToken))
            {
                db.DocumentContents.Add(new DocumentContent { Sha256 = sha256, Bytes = upload.Content });
            }

            activity.Attach(FileName(upload.FileName), DocumentTypes.ContentType(kind, upload.FileName), upload.Content.LongLength, sha256, officer.Stamp());
        }, cancellationToken);
    }

    public Task<Outcome> AddLinkAsync(string code, int id, int? expectedVersion, LinkInput input, CancellationToken cancellationToken) =>
        ApplyAsync(code, id, expectedVersion, activity =>
        {
            activity.AddLink(input.Url ?? string.Empty, input.Title, officer.Stamp());
            return Task.CompletedTask;
        }, cancellationToken);

    /// <summary>The size limit is said in the words officers read on the form; the content check is the agreement documents' own.</summary>
    public static DocumentKind CheckAttachment(UploadedDocument upload, long maxBytes)
    {
        if (upload.Content.LongLength > maxBytes)
        {
            throw new DomainRuleException("attachment.too-large", $"첨부 파일은 최대 {DocumentTypes.SizeLabel(maxBytes)}까지 올릴 수 있습니다.",
                $"Attachments can be at most {DocumentTypes.SizeLabel(maxBytes)}.", "File");
        }

        return DocumentTypes.Check(upload.FileName, upload.Content, maxBytes);
    }

    // The column holds 255 characters; a longer name keeps its end, where the extension is.
    private static string FileName(string name)
    {
        var file = Path.GetFileName(name);
        return file.Length <= 255 ? file : file[^255..];
    }

    private async Task<ActivityRecord> ToRecordAsync(int partnershipId, ActivityInput input, CancellationToken cancellationToken)
    {
        var record = input.ToRecord();
        if (record.ProjectId is { } projectId
            && !await db.Set<ProjectPartnership>().AnyAsync(l => l.ProjectId == projectId && l.PartnershipId == partnershipId, cancellationToken))
        {
            throw new DomainRuleException("activity.project", "선택한 사업은 이 교류 관계의 사업이 아닙니다.",
                "The chosen project does not belong to this partnership.", nameof(ActivityInput.ProjectId));
        }

        return record;
    }

    private async Task<Outcome> ApplyAsync(string code, int id, int? expectedVersion, Func<Activity, Task> change, CancellationToken cancellationToken)
    {
        var activity = await db.Activities.Include(a => a.Attachments).Include(a => a.Links)
            .Where(a => db.Partnerships.Where(Of(code)).Any(p => p.Id == a.PartnershipId))
            .AsSplitQuery()
            .SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        return await VersionedChange.ApplyAsync(db, activity, expectedVersion, change, cancellationToken);
    }
}
