using System.ComponentModel.DataAnnotations;
using Gyoryu.Domain.Common;
using Gyoryu.Domain.Discovery.Candidates;
using Gyoryu.Domain.Partnerships;
using Gyoryu.Web.Data;
using Gyoryu.Web.Features.Partnerships;
using Gyoryu.Web.Infrastructure.Officers;
using Microsoft.EntityFrameworkCore;

namespace Gyoryu.Web.Features.Discovery.Candidates;

/// <summary>Every change to a government's candidate board, shared by the board page and the JSON API.</summary>
public sealed class CandidateCommands(GyoryuDbContext db, CurrentOfficer officer)
{
    public const string DuplicateRule = "candidate.duplicate";

    public async Task<Outcome> AddAsync(string ownerCode, NewCandidate input, CancellationToken cancellationToken)
    {
        try
        {
            if (!await db.LocalGovernments.AnyAsync(g => g.Code == ownerCode, cancellationToken))
            {
                return Outcome.NotFound;
            }

            var (place, _) = await Places.ResolveAsync(db, input.PlaceKey, cancellationToken);
            var candidate = Candidate.Add(
                ownerCode, place, input.Source ?? (CandidateSource)(-1), PreferredFields(input.PreferredFields), input.Notes, officer.Stamp(),
                input.RecommendationReason, input.RecommendationScore);
            if (await db.Candidates.AnyAsync(c => c.BoardKey == candidate.BoardKey && c.Status == CandidateStatus.Considering, cancellationToken))
            {
                throw Duplicate();
            }

            db.Candidates.Add(candidate);
            await db.SaveChangesAsync(cancellationToken);
            return new Outcome(OutcomeKind.Done, candidate.Id, candidate.Version);
        }
        catch (DomainRuleException refusal)
        {
            return Outcome.Refused(refusal);
        }
        catch (DbUpdateException) when (db.ChangeTracker.Entries<Candidate>().Any(e => e.State == EntityState.Added))
        {
            // The filtered unique index caught the same place added between our check and our insert.
            return Outcome.Refused(Duplicate());
        }
    }

    public Task<Outcome> ReviseAsync(string ownerCode, int id, RevisedCandidate input, CancellationToken cancellationToken) =>
        ApplyAsync(ownerCode, id, input.Version!.Value, (candidate, stamp) =>
            candidate.Revise(input.Source ?? (CandidateSource)(-1), PreferredFields(input.PreferredFields), input.Notes, stamp), cancellationToken);

    public Task<Outcome> DropAsync(string ownerCode, int id, DroppedCandidate input, CancellationToken cancellationToken) =>
        ApplyAsync(ownerCode, id, input.Version!.Value, (candidate, stamp) => candidate.Drop(input.Reason, stamp), cancellationToken);

    /// <summary>교류 추진: the new partnership and the promoted candidate are saved together, or neither is.</summary>
    public async Task<Outcome> TakeForwardAsync(string ownerCode, int id, CandidateTakenForward input, CancellationToken cancellationToken)
    {
        var candidate = await db.Candidates.SingleOrDefaultAsync(c => c.Id == id && c.OwnerCode == ownerCode, cancellationToken);
        if (candidate is null)
        {
            return Outcome.NotFound;
        }

        if (candidate.Version != input.Version)
        {
            return Outcome.Stale;
        }

        db.Entry(candidate).Property(c => c.Version).OriginalValue = input.Version!.Value;
        Partnership? partnership = null;
        try
        {
            var (_, countryCode) = await Places.ResolveAsync(db, candidate.PlaceKey, cancellationToken);
            partnership = candidate.TakeForward(input.Type ?? (PartnershipType)(-1), countryCode, officer.Stamp());
            if (await db.Partnerships.AnyAsync(p => p.PairKey == partnership.PairKey && p.Status != PartnershipStatus.Terminated, cancellationToken))
            {
                throw PartnershipCommands.DuplicateTie();
            }

            db.Partnerships.Add(partnership);
            await db.SaveChangesAsync(cancellationToken);
            return new Outcome(OutcomeKind.Done, partnership.Id, partnership.Version);
        }
        catch (DomainRuleException refusal)
        {
            Forget(candidate, partnership);
            return Outcome.Refused(refusal);
        }
        catch (DbUpdateConcurrencyException)
        {
            Forget(candidate, partnership);
            return Outcome.Stale;
        }
        catch (DbUpdateException) when (partnership is not null)
        {
            // The live-pair unique index caught a partnership registered between our check and our insert.
            Forget(candidate, partnership);
            return Outcome.Refused(PartnershipCommands.DuplicateTie());
        }
    }

    private async Task<Outcome> ApplyAsync(string ownerCode, int id, int expectedVersion, Action<Candidate, Stamp> change, CancellationToken cancellationToken)
    {
        var candidate = await db.Candidates.SingleOrDefaultAsync(c => c.Id == id && c.OwnerCode == ownerCode, cancellationToken);
        if (candidate is null)
        {
            return Outcome.NotFound;
        }

        if (candidate.Version != expectedVersion)
        {
            return Outcome.Stale;
        }

        db.Entry(candidate).Property(c => c.Version).OriginalValue = expectedVersion;
        try
        {
            change(candidate, officer.Stamp());
            await db.SaveChangesAsync(cancellationToken);
            return new Outcome(OutcomeKind.Done, candidate.Id, candidate.Version);
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

    // A refused take-forward leaves the candidate changed in memory; the page reads the board again in this scope.
    private void Forget(Candidate candidate, Partnership? partnership)
    {
        db.Entry(candidate).State = EntityState.Detached;
        if (partnership is not null)
        {
            db.Entry(partnership).State = EntityState.Detached;
        }
    }

    private static ExchangeFields PreferredFields(IEnumerable<string>? fields)
    {
        try
        {
            return FieldCodes.Combine((fields ?? []).SelectMany(f => (f ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)));
        }
        catch (DomainRuleException refusal)
        {
            throw new DomainRuleException(refusal.Rule, refusal.Korean, refusal.English, "PreferredFields");
        }
    }

    private static DomainRuleException Duplicate() => new(
        DuplicateRule, "이미 후보 목록에 있습니다. 검토 중인 후보를 이어서 기록하세요.", "This place is already on the candidate board.", "PlaceKey");
}

/// <summary>A place to put on the board: <c>placeKey</c> is "KR-41570" for a Korean government or "FC-42" for a foreign city.</summary>
public sealed record NewCandidate
{
    [Required(ErrorMessage = "후보 도시를 선택하세요.")]
    [StringLength(16, ErrorMessage = "후보 도시를 목록에서 선택하세요.")]
    public string? PlaceKey { get; init; }

    [Required(ErrorMessage = "후보가 된 경로를 선택하세요.")]
    public CandidateSource? Source { get; init; }

    /// <summary>Exchange field code names, e.g. "Tourism".</summary>
    public IReadOnlyList<string>? PreferredFields { get; init; }

    [StringLength(Candidate.MaxNotesLength, ErrorMessage = "메모는 4000자 이하로 입력하세요.")]
    public string? Notes { get; init; }

    [StringLength(Candidate.MaxReasonLength, ErrorMessage = "추천 이유는 500자 이하로 입력하세요.")]
    public string? RecommendationReason { get; init; }

    public double? RecommendationScore { get; init; }
}

public sealed record RevisedCandidate
{
    [Required(ErrorMessage = "후보가 된 경로를 선택하세요.")]
    public CandidateSource? Source { get; init; }

    public IReadOnlyList<string>? PreferredFields { get; init; }

    [StringLength(Candidate.MaxNotesLength, ErrorMessage = "메모는 4000자 이하로 입력하세요.")]
    public string? Notes { get; init; }

    /// <summary>The version the author saw; a stale one is refused with 409.</summary>
    [Required(ErrorMessage = "버전 정보가 없습니다.")]
    public int? Version { get; init; }
}

public sealed record DroppedCandidate
{
    [Required(ErrorMessage = "제외 사유를 입력하세요.")]
    [StringLength(Candidate.MaxNotesLength, ErrorMessage = "제외 사유는 4000자 이하로 입력하세요.")]
    public string? Reason { get; init; }

    [Required(ErrorMessage = "버전 정보가 없습니다.")]
    public int? Version { get; init; }
}

public sealed record CandidateTakenForward
{
    [Required(ErrorMessage = "추진할 협약 유형을 선택하세요.")]
    public PartnershipType? Type { get; init; }

    [Required(ErrorMessage = "버전 정보가 없습니다.")]
    public int? Version { get; init; }
}
