using System.ComponentModel.DataAnnotations;
using System.Security.Cryptography;
using Gyoryu.Domain.Common;
using Gyoryu.Domain.Partners;
using Gyoryu.Domain.Partnerships;
using Gyoryu.Web.Data;
using Gyoryu.Web.Infrastructure;
using Gyoryu.Web.Infrastructure.Officers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Gyoryu.Web.Features.Partnerships;

public enum OutcomeKind
{
    Done,
    NotFound,
    Stale,
    Refused,
}

/// <summary>What a command did: the page and the API turn it into their own answer.</summary>
public sealed record Outcome(OutcomeKind Kind, int Id = 0, int Version = 0, DomainRuleException? Refusal = null)
{
    public static readonly Outcome NotFound = new(OutcomeKind.NotFound);
    public static readonly Outcome Stale = new(OutcomeKind.Stale);

    public static Outcome Refused(DomainRuleException refusal) => new(OutcomeKind.Refused, Refusal: refusal);
}

/// <summary>Every change to a partnership, shared by the pages and the JSON API.</summary>
public sealed class PartnershipCommands(GyoryuDbContext db, CurrentOfficer officer, IOptions<GyoryuOptions> options)
{
    public async Task<Outcome> CreateAsync(string ownerCode, NewPartnership input, CancellationToken cancellationToken)
    {
        try
        {
            var owner = await db.LocalGovernments.AsNoTracking().SingleOrDefaultAsync(g => g.Code == ownerCode, cancellationToken);
            if (owner is null)
            {
                return Outcome.NotFound;
            }

            if (owner.Tier == Tier.AdministrativeCity)
            {
                throw new DomainRuleException("partnership.owner-administrative", "행정시는 자치단체가 아니므로 교류 관계를 소유할 수 없습니다.",
                    "An administrative city is not autonomous and cannot own partnerships.");
            }

            var (partner, countryCode) = await ResolvePartnerAsync(input, cancellationToken);
            var stamp = officer.Stamp();
            var fields = FieldCodes.Combine(input.Fields);
            Partnership partnership;
            if (input.ExistingAgreement)
            {
                PartialDate? signedOn = null;
                if (!string.IsNullOrWhiteSpace(input.SignedOn))
                {
                    signedOn = PartialDate.TryParse(input.SignedOn, out var parsed)
                        ? parsed
                        : throw new DomainRuleException("partnership.signed-on-format", "체결일은 2024-05-14, 2023-04 또는 2006 형식으로 입력하세요.",
                            "Enter the signing date as 2024-05-14, 2023-04 or 2006.", "SignedOn");
                }

                partnership = Partnership.RegisterExistingAgreement(
                    ownerCode, partner, countryCode, input.Type, signedOn, fields, input.History, stamp, input.SigningPlace, input.Motive, input.DateBasis);
            }
            else
            {
                partnership = Partnership.RegisterCandidate(ownerCode, partner, countryCode, input.Type, fields, input.Motive, stamp);
            }

            await RequireNoLiveTieAsync(partnership.PairKey, cancellationToken);
            db.Partnerships.Add(partnership);
            await db.SaveChangesAsync(cancellationToken);
            return new Outcome(OutcomeKind.Done, partnership.Id, partnership.Version);
        }
        catch (DomainRuleException refusal)
        {
            return Outcome.Refused(refusal);
        }
        catch (DbUpdateException) when (db.ChangeTracker.Entries<Partnership>().Any(e => e.State == EntityState.Added))
        {
            // The unique index caught a tie registered between our check and our insert.
            return Outcome.Refused(DuplicateTie());
        }
    }

    /// <summary>Applies one lifecycle step (or edit) to the partnership if the caller saw its current version.</summary>
    public async Task<Outcome> ApplyAsync(int id, int expectedVersion, Action<Partnership, Stamp, LifecyclePolicy> step, CancellationToken cancellationToken)
    {
        var partnership = await db.Partnerships.Include(p => p.CouncilApprovals).SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (partnership is null)
        {
            return Outcome.NotFound;
        }

        if (partnership.Version != expectedVersion)
        {
            return Outcome.Stale;
        }

        db.Entry(partnership).Property(p => p.Version).OriginalValue = expectedVersion;
        try
        {
            step(partnership, officer.Stamp(), officer.Policy);
            await db.SaveChangesAsync(cancellationToken);
            return new Outcome(OutcomeKind.Done, partnership.Id, partnership.Version);
        }
        catch (DomainRuleException refusal)
        {
            return Outcome.Refused(refusal);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Outcome.Stale;
        }
    }

    public Task<Outcome> AttachDocumentAsync(int id, int expectedVersion, UploadedDocument upload, CancellationToken cancellationToken)
    {
        DocumentKind kind;
        try
        {
            kind = DocumentTypes.Check(upload.FileName, upload.Content, options.Value.MaxDocumentBytes);
        }
        catch (DomainRuleException refusal)
        {
            return Task.FromResult(Outcome.Refused(refusal));
        }

        var sha256 = Convert.ToHexStringLower(SHA256.HashData(upload.Content));
        return ApplyAsync(id, expectedVersion, (partnership, stamp, _) =>
        {
            if (db.DocumentContents.Local.All(d => d.Sha256 != sha256) && !db.DocumentContents.Any(d => d.Sha256 == sha256))
            {
                db.DocumentContents.Add(new DocumentContent { Sha256 = sha256, Bytes = upload.Content });
            }

            partnership.AttachDocument(Path.GetFileName(upload.FileName), DocumentTypes.ContentType(kind, upload.FileName), kind, upload.Content.LongLength, sha256, upload.Description, stamp);
        }, cancellationToken);
    }

    private async Task<(PartnerRef Partner, string CountryCode)> ResolvePartnerAsync(NewPartnership input, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(input.PartnerLocalGovernmentCode))
        {
            var code = input.PartnerLocalGovernmentCode.Trim();
            var exists = await db.LocalGovernments.AnyAsync(g => g.Code == code, cancellationToken);
            return exists
                ? (new PartnerRef(PartnerKind.LocalGovernment, code, null), "KR")
                : throw new DomainRuleException("partnership.partner-unknown", "상대 지방자치단체를 찾을 수 없습니다.", "The partner local government was not found.", "PartnerLocalGovernmentCode");
        }

        if (input.PartnerForeignCityId is { } cityId)
        {
            var city = await db.ForeignCities.AsNoTracking().SingleOrDefaultAsync(c => c.Id == cityId, cancellationToken)
                ?? throw new DomainRuleException("partnership.partner-unknown", "상대 해외 도시를 찾을 수 없습니다.", "The partner city was not found.", "PartnerForeignCityId");
            return (PartnerRef.Of(city), city.CountryCode);
        }

        throw new DomainRuleException("partnership.partner-required", "교류 상대(국내 지방자치단체 또는 해외 도시)를 선택하세요.",
            "Choose the partner: a Korean local government or a foreign city.", "Partner");
    }

    private async Task RequireNoLiveTieAsync(string pairKey, CancellationToken cancellationToken)
    {
        if (await db.Partnerships.AnyAsync(p => p.PairKey == pairKey && p.Status != PartnershipStatus.Terminated, cancellationToken))
        {
            throw DuplicateTie();
        }
    }

    internal static DomainRuleException DuplicateTie() => new(
        "partnership.duplicate", "이 상대와는 이미 진행 중인 교류 관계가 있습니다. 기존 관계를 이어서 기록하세요.",
        "There is already a live partnership with this partner; continue that one instead.", "Partner");
}

/// <summary>The input for a new partnership: a candidate, or an agreement signed before Gyoryu was used.</summary>
public sealed record NewPartnership
{
    public string? PartnerLocalGovernmentCode { get; init; }

    public int? PartnerForeignCityId { get; init; }

    public PartnershipType Type { get; init; } = PartnershipType.SisterCity;

    public IReadOnlyList<string>? Fields { get; init; }

    [StringLength(4000, ErrorMessage = "추진 배경은 4000자 이하로 입력하세요.")]
    public string? Motive { get; init; }

    /// <summary>True to register an agreement already signed (with its date, possibly partial or unknown).</summary>
    public bool ExistingAgreement { get; init; }

    /// <summary>"2024-05-14", "2023-04" or "2006"; empty when the date is not known.</summary>
    public string? SignedOn { get; init; }

    [StringLength(200, ErrorMessage = "장소는 200자 이하로 입력하세요.")]
    public string? SigningPlace { get; init; }

    /// <summary>Where the signing date comes from (the agreement itself, a press release, the GAOK register).</summary>
    [StringLength(200, ErrorMessage = "체결일 근거는 200자 이하로 입력하세요.")]
    public string? DateBasis { get; init; }

    [StringLength(8000, ErrorMessage = "교류 연혁은 8000자 이하로 입력하세요.")]
    public string? History { get; init; }
}

public sealed record UploadedDocument(string FileName, byte[] Content, string? Description);

public static class FieldCodes
{
    public static ExchangeFields Combine(IEnumerable<string>? names)
    {
        var fields = ExchangeFields.None;
        foreach (var name in names ?? [])
        {
            if (string.IsNullOrWhiteSpace(name))
            {
                continue;
            }

            fields |= ExchangeFieldNames.TryParse(name, out var field)
                ? field
                : throw new DomainRuleException("partnership.field-unknown", $"알 수 없는 교류 분야입니다: {name}", $"Unknown exchange field: {name}", "Fields");
        }

        return fields;
    }

    public static IReadOnlyList<string> Codes(ExchangeFields fields) => ExchangeFieldNames.Split(fields).Select(f => f.ToString()).ToList();
}
