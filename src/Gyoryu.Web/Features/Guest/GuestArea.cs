using Gyoryu.Domain.Common;
using Gyoryu.Domain.Exchanges;
using Gyoryu.Domain.Partnerships;
using Gyoryu.Web.Data;
using Gyoryu.Web.Features.Account;
using Gyoryu.Web.Features.Partnerships;
using Gyoryu.Web.Infrastructure.Officers;
using Gyoryu.Web.Infrastructure.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Gyoryu.Web.Features.Guest;

public sealed record SharedActivity(int Id, DateOnly HeldOn, DateOnly? EndsOn, string Title, ActivityKind Kind, string Place);

public sealed record SharedDocument(int Id, string FileName, DocumentKind Kind, long Size, DateTimeOffset UploadedAt);

public sealed record CommentView(string AuthorName, bool FromPartner, string Text, DateTimeOffset PostedAt);

/// <summary>What a partner city's guest sees: the tie, the activities held together, the agreement documents and the shared thread.</summary>
public sealed record SharedItems(PartnershipRow Partnership, IReadOnlyList<SharedActivity> Activities, IReadOnlyList<SharedDocument> Documents, IReadOnlyList<CommentView> Comments);

/// <summary>
/// The shared items of one partnership (ADR 0015). Budgets, costs, participants, contacts, evaluations, feedback and internal notes
/// are the government's own and never read here. Guests reach only their own partnership, officers only their government's ties.
/// </summary>
public sealed class GuestArea(GyoryuDbContext db, PartnershipQueries partnerships, TenantScope tenant, CurrentOfficer officer, IHttpContextAccessor http)
{
    /// <summary>The guest's partnership, with its government admitted for this request; null for anyone else.</summary>
    public async Task<int?> AdmitGuestAsync(CancellationToken cancellationToken)
    {
        if (http.HttpContext?.User.GuestPartnershipId() is not int id)
        {
            return null;
        }

        var owner = await db.Partnerships.IgnoreQueryFilters([GyoryuDbContext.TenantFilter]).AsNoTracking()
            .Where(p => p.Id == id).Select(p => p.OwnerCode).SingleOrDefaultAsync(cancellationToken);
        if (owner is null)
        {
            return null;
        }

        tenant.Admit(owner);
        return id;
    }

    public async Task<SharedItems?> LoadAsync(int partnershipId, CancellationToken cancellationToken)
    {
        var row = await partnerships.RowAsync(partnershipId, null, cancellationToken);
        if (row is null)
        {
            return null;
        }

        var activities = await db.Activities.AsNoTracking().Where(a => a.PartnershipId == partnershipId)
            .OrderByDescending(a => a.HeldOn).Take(50)
            .Select(a => new SharedActivity(a.Id, a.HeldOn, a.EndsOn, a.Title, a.Kind, a.Place)).ToListAsync(cancellationToken);
        var documents = await db.AgreementDocuments.AsNoTracking().Where(d => d.PartnershipId == partnershipId)
            .OrderBy(d => d.UploadedAt)
            .Select(d => new SharedDocument(d.Id, d.FileName, d.Kind, d.Size, d.UploadedAt)).ToListAsync(cancellationToken);
        return new SharedItems(row, activities, documents, await CommentsAsync(partnershipId, cancellationToken));
    }

    public async Task<IReadOnlyList<CommentView>> CommentsAsync(int partnershipId, CancellationToken cancellationToken)
    {
        var comments = await db.PartnershipComments.AsNoTracking().Where(c => c.PartnershipId == partnershipId)
            .Select(c => new CommentView(c.AuthorName, c.FromPartner, c.Text, c.PostedAt)).ToListAsync(cancellationToken);
        return comments.OrderBy(c => c.PostedAt).ToList();
    }

    /// <summary>Posts to the thread of a partnership the caller may see; null when they may not.</summary>
    public async Task<PartnershipComment?> PostAsync(int partnershipId, string? text, CancellationToken cancellationToken)
    {
        if (!await db.Partnerships.AnyAsync(p => p.Id == partnershipId, cancellationToken))
        {
            return null;
        }

        var fromPartner = http.HttpContext?.User.IsInRole(Roles.PartnerGuest) == true;
        var comment = PartnershipComment.Post(partnershipId, text, fromPartner, officer.Stamp());
        db.PartnershipComments.Add(comment);
        await db.SaveChangesAsync(cancellationToken);
        return comment;
    }

    public async Task<(byte[] Bytes, string ContentType, string FileName)?> DocumentAsync(int partnershipId, int documentId, CancellationToken cancellationToken)
    {
        var document = await db.AgreementDocuments.AsNoTracking().SingleOrDefaultAsync(d => d.Id == documentId && d.PartnershipId == partnershipId, cancellationToken);
        var content = document is null ? null : await db.DocumentContents.FindAsync([document.Sha256], cancellationToken);
        return content is null ? null : (content.Bytes, document!.ContentType, document.FileName);
    }
}
