using Gyoryu.Domain.Common;
using Gyoryu.Domain.Partnerships;
using Gyoryu.Domain.Performance;
using Gyoryu.Web.Data;
using Gyoryu.Web.Features.Partnerships;
using Gyoryu.Web.Features.Performance;
using Gyoryu.Web.Infrastructure.Officers;
using Microsoft.EntityFrameworkCore;

namespace Gyoryu.Web.Features.Evaluations;

/// <summary>One criterion of a sheet: the rubric line, the KPI evidence for the year and the score given or suggested.</summary>
public sealed record EvaluationLine(int Position, string Name, int Weight, KpiKind Kpi, string? Guidance, KpiEvidence Evidence, int? Score);

public sealed record FeedbackComment(int Satisfaction, string? Comment, FeedbackRole Role, DateTimeOffset SubmittedAt);

/// <summary>
/// What an evaluator sees for one partnership and year: the saved evaluation, or a draft prefilled from the KPIs.
/// The preview is computed over the lines that have a score.
/// </summary>
public sealed record EvaluationSheet(
    PartnershipRow Partnership,
    int Year,
    DateOnly AsOf,
    PartnershipYearKpis Kpis,
    FeedbackSummary Feedback,
    IReadOnlyList<FeedbackComment> Comments,
    IReadOnlyList<EvaluationLine> Lines,
    YearlyEvaluation? Saved)
{
    public bool IsDraft => Saved is null;

    public double Points => Saved?.Points ?? YearlyEvaluation.PointsOf(YearlyEvaluation.WeightedMean(
        Lines.Where(l => l.Score is not null).Select(l => (l.Weight, l.Score!.Value))));

    public Grade Grade => Saved?.Grade ?? YearlyEvaluation.GradeOf(Points);

    public Recommendation Recommendation => Saved?.Recommendation ?? YearlyEvaluation.SuggestedRecommendation(Grade);

    public bool Complete => Lines.All(l => l.Score is not null);
}

/// <summary>One year of a tie's evaluation history.</summary>
public sealed record EvaluationSummary(int Year, double Points, Grade Grade, Recommendation Recommendation, string EvaluatedBy, DateTimeOffset EvaluatedAt, int FeedbackCount, double? FeedbackAverage, int Version);

/// <summary>Scores by criterion name, the recommendation (null takes the grade's) and the version seen (null for a new evaluation).</summary>
public sealed record EvaluationInput(IReadOnlyDictionary<string, int> Scores, Recommendation? Recommendation, string? Comment, int? Version);

/// <summary>Builds evaluation sheets from the rubric and KPIs, and conducts or revises the year's evaluation.</summary>
public sealed class EvaluationSheets(
    GyoryuDbContext db, KpiQueries kpis, RubricStore rubrics, PartnershipQueries partnerships, CurrentOfficer officer, TimeProvider clock)
{
    public const int FirstYear = 1950;

    public DateOnly Today => Stamp.KoreaDate(clock.GetUtcNow());

    public bool IsEvaluableYear(int year) => year >= FirstYear && year <= Today.Year;

    /// <summary>The sheet of one year, or null when the partnership does not exist.</summary>
    public async Task<EvaluationSheet?> SheetAsync(int partnershipId, int year, CancellationToken cancellationToken, int comments = 50)
    {
        var row = await partnerships.RowAsync(partnershipId, null, cancellationToken);
        if (row is null)
        {
            return null;
        }

        var saved = await db.YearlyEvaluations.AsNoTracking().Include(e => e.Scores)
            .SingleOrDefaultAsync(e => e.PartnershipId == partnershipId && e.Year == year, cancellationToken);
        var (asOf, yearKpis, feedback) = await FactsAsync(partnershipId, year, cancellationToken);
        var rubric = await rubrics.GetOrCreateAsync(row.OwnerCode, cancellationToken);
        var guidance = rubric?.Criteria.GroupBy(c => c.Name).ToDictionary(g => g.Key, g => g.First().Guidance) ?? [];
        var lines = saved is not null
            ? saved.Scores.OrderBy(s => s.Position)
                .Select(s => new EvaluationLine(s.Position, s.Name, s.Weight, s.Kpi, guidance.GetValueOrDefault(s.Name), KpiEvidence.For(s.Kpi, yearKpis, feedback, asOf), s.Score))
                .ToList()
            : RubricStore.Ordered(rubric!)
                .Select(c => Draft(c.Position, c.Name, c.Weight, c.Kpi, c.Guidance, yearKpis, feedback, asOf))
                .ToList();
        var recent = await db.Feedback.AsNoTracking()
            .Where(f => f.PartnershipId == partnershipId && f.Year == year)
            .OrderByDescending(f => f.SubmittedAt).ThenByDescending(f => f.Id)
            .Take(comments)
            .Select(f => new FeedbackComment(f.Satisfaction, f.Comment, f.Role, f.SubmittedAt))
            .ToListAsync(cancellationToken);
        return new EvaluationSheet(row, year, asOf, yearKpis, feedback, recent, lines, saved);
    }

    public async Task<IReadOnlyList<EvaluationSummary>> HistoryAsync(int partnershipId, CancellationToken cancellationToken)
    {
        var rows = await db.YearlyEvaluations.AsNoTracking()
            .Where(e => e.PartnershipId == partnershipId)
            .Select(e => new EvaluationSummary(e.Year, e.Points, e.Grade, e.Recommendation, e.EvaluatedBy, e.EvaluatedAt, e.FeedbackCount, e.FeedbackAverage, e.Version))
            .ToListAsync(cancellationToken);
        return [.. rows.OrderByDescending(r => r.Year)];
    }

    /// <summary>Years offered in the chooser: this year, last year, and every year with activity or an evaluation, newest first.</summary>
    public async Task<IReadOnlyList<int>> YearsAsync(int partnershipId, CancellationToken cancellationToken)
    {
        var today = Today;
        var active = await kpis.ByYearAsync(partnershipId, today, cancellationToken);
        var evaluated = await db.YearlyEvaluations.AsNoTracking().Where(e => e.PartnershipId == partnershipId).Select(e => e.Year).ToListAsync(cancellationToken);
        return [.. active.Select(k => k.Year).Concat(evaluated).Append(today.Year).Append(today.Year - 1)
            .Where(IsEvaluableYear).Distinct().OrderDescending()];
    }

    /// <summary>Conducts the year's evaluation, or revises it when the caller saw its current version.</summary>
    public async Task<Outcome> SaveAsync(int partnershipId, int year, EvaluationInput input, CancellationToken cancellationToken)
    {
        var owner = await db.Partnerships.AsNoTracking().Where(p => p.Id == partnershipId).Select(p => p.OwnerCode).SingleOrDefaultAsync(cancellationToken);
        if (owner is null)
        {
            return Outcome.NotFound;
        }

        var existing = await db.YearlyEvaluations.Include(e => e.Scores)
            .SingleOrDefaultAsync(e => e.PartnershipId == partnershipId && e.Year == year, cancellationToken);
        if (existing?.Version != input.Version)
        {
            return Outcome.Stale;
        }

        try
        {
            var (asOf, yearKpis, feedback) = await FactsAsync(partnershipId, year, cancellationToken);
            var criteria = existing is not null
                ? existing.Scores.OrderBy(s => s.Position).Select(s => (s.Name, s.Weight, s.Kpi)).ToList()
                : RubricStore.Ordered((await rubrics.GetOrCreateAsync(owner, cancellationToken))!).Select(c => (c.Name, c.Weight, c.Kpi)).ToList();
            var unknown = input.Scores.Keys.FirstOrDefault(name => criteria.All(c => c.Name != name));
            if (unknown is not null)
            {
                throw new DomainRuleException("evaluation.criterion.unknown", $"'{unknown}' 기준은 이 평가에 없습니다.",
                    $"This evaluation has no criterion '{unknown}'.", "Scores");
            }

            var scores = criteria
                .Select(c => new CriterionScore(c.Name, c.Weight, c.Kpi, KpiEvidence.For(c.Kpi, yearKpis, feedback, asOf).Korean, input.Scores.GetValueOrDefault(c.Name)))
                .ToList();
            var recommendation = input.Recommendation
                ?? YearlyEvaluation.SuggestedRecommendation(YearlyEvaluation.GradeOf(YearlyEvaluation.PointsOf(YearlyEvaluation.WeightedMean(scores.Select(s => (s.Weight, s.Score))))));
            if (existing is null)
            {
                existing = YearlyEvaluation.Conduct(owner, partnershipId, year, scores, recommendation, input.Comment, feedback, officer.Stamp());
                db.YearlyEvaluations.Add(existing);
            }
            else
            {
                db.Entry(existing).Property(e => e.Version).OriginalValue = input.Version!.Value;
                existing.Revise(scores, recommendation, input.Comment, feedback, officer.Stamp());
            }

            await db.SaveChangesAsync(cancellationToken);
            return new Outcome(OutcomeKind.Done, existing.Id, existing.Version);
        }
        catch (DomainRuleException refusal)
        {
            return Outcome.Refused(refusal);
        }
        catch (DbUpdateException)
        {
            // A concurrent save changed the row (version) or conducted the same year first (unique index).
            return Outcome.Stale;
        }
    }

    private static EvaluationLine Draft(int position, string name, int weight, KpiKind kpi, string? guidance, PartnershipYearKpis yearKpis, FeedbackSummary feedback, DateOnly asOf)
    {
        var evidence = KpiEvidence.For(kpi, yearKpis, feedback, asOf);
        return new EvaluationLine(position, name, weight, kpi, guidance, evidence, evidence.SuggestedScore);
    }

    // A past year is judged as it stood on its last day; this year as it stands today.
    private async Task<(DateOnly AsOf, PartnershipYearKpis Kpis, FeedbackSummary Feedback)> FactsAsync(int partnershipId, int year, CancellationToken cancellationToken)
    {
        var today = Today;
        var asOf = year < today.Year ? new DateOnly(year, 12, 31) : today;
        var yearKpis = await kpis.ForYearAsync(partnershipId, year, asOf, cancellationToken);
        var feedback = await kpis.FeedbackAsync(partnershipId, year, cancellationToken);
        return (asOf, yearKpis, feedback);
    }
}
