using Stopwatch = System.Diagnostics.Stopwatch;
using Gyoryu.Domain.Exchanges;
using Gyoryu.Domain.Partnerships;
using Gyoryu.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Gyoryu.Benchmarks.Seeding;

/// <summary>
/// Draws years of exchange activity under the seeded partnerships, each made by <see cref="Activity.Record"/> (so every domain
/// guard holds), and writes them in bulk in the order an office would have entered them. On average a partnership gets
/// <c>perYear</c> activities in each of the last <c>years</c> years, ending with the current one; busy and quiet ties differ,
/// ties are active only after signing, dormant and terminated ties fall silent, and a few active ties have been quiet for
/// three years or more so the dormancy alert has something to find.
/// </summary>
internal sealed class ActivityGenerator(GyoryuDbContext db, Random random, DateTimeOffset now)
{
    // GAOK's activity statistics: visits and festivals dominate, business matching is rarer.
    private static readonly (ActivityKind Kind, double Weight)[] Kinds =
    [
        (ActivityKind.DelegationVisit, 25), (ActivityKind.FestivalParticipation, 15), (ActivityKind.YouthExchange, 12),
        (ActivityKind.PolicyBenchmarking, 10), (ActivityKind.CivicArtsExchange, 12), (ActivityKind.SpecialtyTourismPromotion, 10),
        (ActivityKind.BusinessMatching, 8), (ActivityKind.Other, 8),
    ];

    // Spring and autumn carry most visits and festivals; winter and the monsoon fewer.
    private static readonly double[] MonthWeights = [4, 5, 9, 12, 12, 8, 6, 7, 10, 13, 10, 4];

    private static readonly string[] Departments = ["국제교류팀", "대외협력과", "관광진흥과", "투자유치과", "문화예술과", "교육청소년과"];

    private readonly DateOnly today = new Stamp(string.Empty, now).Today;

    public async Task<string> GenerateAsync(int perYear, int years, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var ties = await LoadTiesAsync(cancellationToken);
        var projects = await AddProjectsAsync(ties, cancellationToken);
        var firstYear = today.Year - years + 1;

        // Each tie's busyness is lognormal; the rates are scaled so the expected total is ties × perYear × years.
        var windows = ties.Select(t => Window(t, firstYear)).ToArray();
        var busyness = ties.Select(_ => Math.Exp(0.6 * Normal())).ToArray();
        var weightedYears = windows.Select((w, i) => Math.Max(0, w.To - w.From + 1) * w.Share * busyness[i]).Sum();
        var scale = weightedYears == 0 ? 0 : (double)ties.Count * years / weightedYears;

        var activities = new List<Activity>(ties.Count * perYear * years);
        var quietTies = 0;
        for (var i = 0; i < ties.Count; i++)
        {
            var (from, to, share) = windows[i];
            quietTies += to < today.Year - 2 && ties[i].Status == PartnershipStatus.Active ? 1 : 0;
            for (var year = from; year <= to; year++)
            {
                var count = Poisson(perYear * share * busyness[i] * scale);
                for (var n = 0; n < count; n++)
                {
                    activities.Add(Draw(ties[i], year, projects.GetValueOrDefault(ties[i].Id)));
                }
            }
        }

        var drawn = clock.Elapsed;
        activities.Sort((a, b) => a.CreatedAt.CompareTo(b.CreatedAt));
        var written = await BulkInsert.RunAsync(db, activities, cancellationToken);
        var planned = activities.Count(a => a.IsPlanned(today));
        var withProject = activities.Count(a => a.ProjectId is not null);
        return $"{written} activities {firstYear}–{today.Year} ({planned} planned after {today:yyyy-MM-dd}, {withProject} under {projects.Count} projects); " +
               $"{quietTies} active ties silent for 3+ years; drawn in {drawn.TotalSeconds:F1}s, written in {(clock.Elapsed - drawn).TotalSeconds:F1}s";
    }

    private async Task<List<Tie>> LoadTiesAsync(CancellationToken cancellationToken)
    {
        var rows = await db.Partnerships.AsNoTracking()
            .OrderBy(p => p.Id)
            .Select(p => new { p.Id, p.OwnerCode, p.Status, p.Fields, p.SignedOn, p.DormantSince, p.TerminatedOn, p.PartnerLocalGovernmentCode, p.PartnerForeignCityId })
            .ToListAsync(cancellationToken);
        var governments = await db.LocalGovernments.AsNoTracking().ToDictionaryAsync(g => g.Code, g => g.NameKo, cancellationToken);
        var cityIds = rows.Where(r => r.PartnerForeignCityId is not null).Select(r => r.PartnerForeignCityId!.Value).Distinct().ToList();
        var cities = await db.ForeignCities.AsNoTracking().Where(c => cityIds.Contains(c.Id))
            .ToDictionaryAsync(c => c.Id, c => c.NameKo ?? c.NameEn, cancellationToken);
        return rows.Select(r => new Tie(
            r.Id, r.OwnerCode, governments[r.OwnerCode],
            r.PartnerForeignCityId is { } city ? cities[city] : governments[r.PartnerLocalGovernmentCode!],
            r.PartnerForeignCityId is null, r.Status, r.Fields, r.SignedOn?.Earliest, r.DormantSince, r.TerminatedOn)).ToList();
    }

    /// <summary>The years in which a tie is active and its rate relative to a fully active one.</summary>
    private (int From, int To, double Share) Window(Tie tie, int firstYear)
    {
        var from = Math.Max(firstYear, tie.SignedOn?.Year ?? firstYear);
        switch (tie.Status)
        {
            case PartnershipStatus.Active:
                // About one active tie in sixteen has quietly stopped: no activity in the last three years or more.
                return random.NextDouble() < 0.06 ? (from, today.Year - 3 - random.Next(0, 4), 1) : (from, today.Year, 1);
            case PartnershipStatus.Dormant:
                return (from, Math.Min(tie.DormantSince?.Year ?? today.Year, today.Year - 3), 0.6);
            case PartnershipStatus.Terminated:
                return (from, Math.Min(tie.TerminatedOn?.Year ?? today.Year, today.Year) - 1, 0.5);
            default:
                // Before an agreement: a few preparatory visits in the last two years.
                return (Math.Max(firstYear, today.Year - 1), today.Year, 0.15);
        }
    }

    /// <summary>A few budgeted projects (one tie in ten, in the last three years), through the project's own steps.</summary>
    private async Task<Dictionary<int, List<ExchangeProject>>> AddProjectsAsync(List<Tie> ties, CancellationToken cancellationToken)
    {
        var byTie = new Dictionary<int, List<ExchangeProject>>();
        foreach (var tie in ties.Where(t => t.Status == PartnershipStatus.Active && random.NextDouble() < 0.1))
        {
            var starts = new DateOnly(today.Year - random.Next(0, 3), random.Next(1, 7), 1);
            var ends = starts.AddMonths(random.Next(3, 12)).AddDays(-1);
            var budget = random.Next(10, 300) * 1_000_000L;
            var stamp = new Stamp($"{tie.OwnerName} 대외협력 담당자", new DateTimeOffset(starts.AddMonths(-2).ToDateTime(new TimeOnly(1, 0)), TimeSpan.Zero));
            var fields = tie.Fields == ExchangeFields.None ? ExchangeFields.Administration : tie.Fields;
            var project = ExchangeProject.Propose(tie.OwnerCode, new ProjectPlan(
                $"{starts.Year} {tie.PartnerName} 교류협력 사업", fields, starts, ends, Departments[random.Next(Departments.Length)], budget,
                random.NextDouble() < 0.4 ? budget / random.Next(2, 10) : 0, null, "상호 방문과 공동 행사 추진", [tie.Id]), stamp);
            project.Approve(stamp);
            if (starts <= today)
            {
                project.Start(stamp);
                if (ends < today)
                {
                    project.Complete(budget * random.Next(70, 101) / 100, stamp);
                }
                else
                {
                    project.RecordExecutedBudget(budget * random.Next(10, 70) / 100, stamp);
                }
            }

            db.ExchangeProjects.Add(project);
            byTie[tie.Id] = [project];
        }

        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return byTie;
    }

    private Activity Draw(Tie tie, int year, List<ExchangeProject>? projects)
    {
        var month = PickMonth();
        var heldOn = new DateOnly(year, month, random.Next(1, DateTime.DaysInMonth(year, month) + 1));
        var kind = Pick(Kinds);
        var direction = Direction(kind);
        var travel = direction != VisitDirection.None;
        DateOnly? endsOn = travel && random.NextDouble() < 0.7 ? heldOn.AddDays(random.Next(1, 6)) : null;
        var officials = kind == ActivityKind.Other && !travel ? random.Next(0, 3) : random.Next(1, 9);
        var citizens = kind is ActivityKind.FestivalParticipation or ActivityKind.CivicArtsExchange ? random.Next(5, 80) : random.NextDouble() < 0.2 ? random.Next(1, 10) : 0;
        var students = kind == ActivityKind.YouthExchange ? random.Next(8, 40) : 0;
        var companies = kind == ActivityKind.BusinessMatching ? random.Next(3, 25) : kind == ActivityKind.SpecialtyTourismPromotion ? random.Next(0, 6) : 0;
        var cost = travel ? (long)Math.Round(Math.Exp(16.2 + (0.8 * Normal())) / 10_000) * 10_000 : random.Next(0, 300) * 10_000L;
        var exportContracts = kind == ActivityKind.BusinessMatching && random.NextDouble() < 0.4 ? random.Next(1, 6) : 0;
        var outcomes = new Outcomes(
            random.NextDouble() < 0.03 ? 1 : 0,
            exportContracts,
            exportContracts * (long)random.Next(5, 500) * 1_000_000,
            kind is ActivityKind.FestivalParticipation or ActivityKind.SpecialtyTourismPromotion ? random.Next(500, 50_000) : 0,
            random.NextDouble() < 0.15 ? "후속 교류 합의" : null);
        var fields = KindField(kind) | (random.NextDouble() < 0.5 ? tie.Fields & ExchangeFieldNames.All[random.Next(ExchangeFieldNames.All.Count)] : ExchangeFields.None);
        var project = projects?.FirstOrDefault(p => p.StartsOn <= heldOn && heldOn <= p.EndsOn && random.NextDouble() < 0.6);
        var record = new ActivityRecord(
            kind, direction, $"{year} {tie.PartnerName} {ActivityKindNames.Korean(kind)}", heldOn, endsOn,
            direction switch { VisitDirection.Outbound => tie.PartnerName, VisitDirection.Inbound => $"{tie.OwnerName}청", _ => "온라인 화상회의" },
            fields, project?.Id, new Participants(officials, citizens, students, companies), cost, outcomes,
            random.NextDouble() < 0.2 ? $"{tie.PartnerName}와(과)의 {ActivityKindNames.Korean(kind)} 결과 보고" : null);

        // Past activities were entered a few days after they ended; planned ones about a month ahead.
        var enteredOn = heldOn <= today ? (endsOn ?? heldOn).AddDays(random.Next(0, 15)) : heldOn.AddDays(-random.Next(20, 60));
        var at = new DateTimeOffset(enteredOn.ToDateTime(new TimeOnly(random.Next(0, 9), random.Next(0, 60))), TimeSpan.Zero);
        return Activity.Record(tie.OwnerCode, tie.Id, record, new Stamp($"{tie.OwnerName} 대외협력 담당자", at < now ? at : now));
    }

    private VisitDirection Direction(ActivityKind kind)
    {
        var roll = random.NextDouble();
        var (outbound, inbound) = kind switch
        {
            ActivityKind.DelegationVisit or ActivityKind.YouthExchange => (0.5, 0.5),
            ActivityKind.FestivalParticipation => (0.55, 0.4),
            ActivityKind.CivicArtsExchange => (0.45, 0.45),
            ActivityKind.SpecialtyTourismPromotion => (0.6, 0.1),
            ActivityKind.PolicyBenchmarking or ActivityKind.BusinessMatching => (0.4, 0.3),
            _ => (0.2, 0.2),
        };
        return roll < outbound ? VisitDirection.Outbound : roll < outbound + inbound ? VisitDirection.Inbound : VisitDirection.None;
    }

    private static ExchangeFields KindField(ActivityKind kind) => kind switch
    {
        ActivityKind.DelegationVisit or ActivityKind.PolicyBenchmarking => ExchangeFields.Administration,
        ActivityKind.FestivalParticipation or ActivityKind.CivicArtsExchange => ExchangeFields.CultureArts,
        ActivityKind.YouthExchange => ExchangeFields.Youth | ExchangeFields.Education,
        ActivityKind.SpecialtyTourismPromotion => ExchangeFields.Tourism | ExchangeFields.Agriculture,
        ActivityKind.BusinessMatching => ExchangeFields.Economy,
        _ => ExchangeFields.People,
    };

    private int PickMonth()
    {
        var roll = random.NextDouble() * MonthWeights.Sum();
        for (var m = 0; m < 12; m++)
        {
            roll -= MonthWeights[m];
            if (roll < 0)
            {
                return m + 1;
            }
        }

        return 12;
    }

    private T Pick<T>(IReadOnlyList<(T Item, double Weight)> weighted)
    {
        var roll = random.NextDouble() * weighted.Sum(w => w.Weight);
        foreach (var (item, weight) in weighted)
        {
            roll -= weight;
            if (roll < 0)
            {
                return item;
            }
        }

        return weighted[^1].Item;
    }

    private double Normal() => Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

    private int Poisson(double mean)
    {
        if (mean <= 0)
        {
            return 0;
        }

        if (mean > 60)
        {
            return Math.Max(0, (int)Math.Round(mean + (Math.Sqrt(mean) * Normal())));
        }

        var limit = Math.Exp(-mean);
        var count = 0;
        for (var p = random.NextDouble(); p > limit; p *= random.NextDouble())
        {
            count++;
        }

        return count;
    }

    private sealed record Tie(
        int Id, string OwnerCode, string OwnerName, string PartnerName, bool IsForeign, PartnershipStatus Status, ExchangeFields Fields,
        DateOnly? SignedOn, DateOnly? DormantSince, DateOnly? TerminatedOn);
}
