using System.Diagnostics;
using System.Globalization;
using Gyoryu.Domain.Common;
using Gyoryu.Domain.Partners;
using Gyoryu.Domain.Partnerships;
using Gyoryu.Web.Data;
using Gyoryu.Web.Features.Account;
using Gyoryu.Web.Infrastructure;
using Gyoryu.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Gyoryu.Benchmarks.Seeding;

/// <summary>
/// Builds a SQLite database of national scale: every local government, the world-city list the app loads itself,
/// and a few thousand partnerships made through the domain's own lifecycle methods from a fixed random seed.
/// </summary>
public static class NationalSeed
{
    private const string Usage =
        "usage: Gyoryu.Benchmarks seed (--db PATH | --postgres \"CONNECTION\") [--partnerships 2500] [--activities-per-year 20] [--years 10] " +
        "[--random-seed 20251101] [--node-modules src/Gyoryu.Web/node_modules]";

    public static async Task<int> RunAsync(string[] args)
    {
        var (database, rest) = BenchDatabase.Parse(args);
        string? nodeModules = null;
        var count = 2500;
        var perYear = 20;
        var years = 10;
        var randomSeed = 20251101;
        for (var i = 0; i < rest.Count; i++)
        {
            var value = i + 1 < rest.Count ? rest[i + 1] : null;
            switch (rest[i])
            {
                case "--node-modules" when value is not null: nodeModules = value; i++; break;
                case "--partnerships" when value is not null: count = int.Parse(value, CultureInfo.InvariantCulture); i++; break;
                case "--activities-per-year" when value is not null: perYear = int.Parse(value, CultureInfo.InvariantCulture); i++; break;
                case "--years" when value is not null: years = int.Parse(value, CultureInfo.InvariantCulture); i++; break;
                case "--random-seed" when value is not null: randomSeed = int.Parse(value, CultureInfo.InvariantCulture); i++; break;
                default:
                    await Console.Error.WriteLineAsync(Usage);
                    return 2;
            }
        }

        if (database is null || years < 1 || perYear < 0)
        {
            await Console.Error.WriteLineAsync(Usage);
            return 2;
        }

        nodeModules = Path.GetFullPath(nodeModules ?? FindNodeModules());
        if (database.IsSqlite && File.Exists(database.Description))
        {
            await Console.Error.WriteLineAsync($"{database.Description} exists; the seed writes only to a new file.");
            return 2;
        }

        var clock = Stopwatch.StartNew();
        await using (var services = BenchAccounts.Services(database))
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<GyoryuDbContext>();
            var settings = Options.Create(new GyoryuOptions { DemoData = false, NodeModulesPath = nodeModules });
            var initializer = new DatabaseInitializer(
                db, new DatabaseTarget(database.Provider, database.ConnectionString), settings, new SeedEnvironment(),
                TimeProvider.System, NullLogger<DatabaseInitializer>.Instance, scope.ServiceProvider.GetRequiredService<AccountSeed>());
            await initializer.InitialiseAsync(CancellationToken.None);
            if (await db.Partnerships.AnyAsync())
            {
                await Console.Error.WriteLineAsync($"{database.Description} already holds partnerships; the seed writes only to a new database.");
                return 2;
            }
        }

        Console.WriteLine($"reference tables loaded in {clock.Elapsed.TotalSeconds:F1}s");
        await using (var db = database.Open())
        {
            var made = await new PartnershipGenerator(db, new Random(randomSeed)).GenerateAsync(count);
            Console.WriteLine(made);
        }

        Console.WriteLine($"partnerships made in {clock.Elapsed.TotalSeconds:F1}s");
        if (perYear > 0)
        {
            await using (var db = database.Open())
            {
                var made = await new ActivityGenerator(db, new Random(randomSeed + 1), TimeProvider.System.GetUtcNow())
                    .GenerateAsync(perYear, years, CancellationToken.None);
                Console.WriteLine(made);

                // Statistics for the planner, as after a day of use; see docs/benchmarks.md for what the app's own start does.
                await db.Database.ExecuteSqlRawAsync("ANALYZE;");
            }
        }

        await using (var db = database.Open())
        {
            var governments = await db.LocalGovernments.CountAsync();
            var cities = await db.ForeignCities.CountAsync();
            var partnerships = await db.Partnerships.CountAsync();
            var owners = await db.Partnerships.Select(p => p.OwnerCode).Distinct().CountAsync();
            var activities = await db.Activities.CountAsync();
            var projects = await db.ExchangeProjects.CountAsync();
            Console.WriteLine(
                $"{database.Description}: {governments} local governments, {cities} foreign cities, {partnerships} partnerships owned by {owners} governments, " +
                $"{activities} activities, {projects} projects ({clock.Elapsed.TotalSeconds:F1}s)");
        }

        return 0;
    }

    private static string FindNodeModules()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "src", "Gyoryu.Web", "node_modules");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("src/Gyoryu.Web/node_modules not found above the program; build Gyoryu.Web first or pass --node-modules.");
    }

    private sealed class SeedEnvironment : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = Environments.Production;

        public string ApplicationName { get; set; } = "Gyoryu.Benchmarks";

        public string ContentRootPath { get; set; } = AppContext.BaseDirectory;

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}

/// <summary>Draws partnerships whose mix of types, statuses, countries and dates resembles the national registry.</summary>
internal sealed class PartnershipGenerator(GyoryuDbContext db, Random random)
{
    private const int BatchSize = 250;

    // Shares of international partners by country, roughly as GAOK's statistics show them; the rest go anywhere.
    private static readonly (string Country, double Weight)[] CountryWeights =
    [
        ("CN", 30), ("JP", 19), ("US", 12), ("VN", 5), ("RU", 3), ("PH", 2.5), ("CA", 2.5), ("AU", 2), ("MN", 2), ("ID", 2),
        ("DE", 1.5), ("FR", 1.5), ("TH", 1.5), ("UZ", 1.5), ("KZ", 1), ("NZ", 1), ("MY", 1), ("IN", 1), ("TW", 1), ("TR", 0.8),
        ("BR", 0.8), ("IT", 0.8), ("ES", 0.6), ("MX", 0.6), ("GB", 0.6), ("KH", 0.6), ("LA", 0.5), ("PL", 0.5), ("HU", 0.4),
        ("*", 4),
    ];

    private static readonly (PartnershipStatus Status, double Weight)[] StatusWeights =
    [
        (PartnershipStatus.Active, 68), (PartnershipStatus.Dormant, 12), (PartnershipStatus.Terminated, 6),
        (PartnershipStatus.Candidate, 4), (PartnershipStatus.Exploring, 3), (PartnershipStatus.Negotiating, 4),
        (PartnershipStatus.CouncilApproved, 3),
    ];

    private static readonly (PartnershipType Type, double Weight)[] DomesticTypes =
        [(PartnershipType.SisterCity, 55), (PartnershipType.Friendship, 30), (PartnershipType.ExchangeMou, 15)];

    private static readonly (PartnershipType Type, double Weight)[] InternationalTypes =
        [(PartnershipType.SisterCity, 42), (PartnershipType.Friendship, 46), (PartnershipType.ExchangeMou, 12)];

    // Korea's first sister-city tie dates from 1961; most international ties were signed between 1990 and 2020.
    private static readonly ((int From, int To) Years, double Weight)[] InternationalDecades =
        [((1961, 1989), 8), ((1990, 1999), 22), ((2000, 2009), 30), ((2010, 2019), 28), ((2020, 2025), 12)];

    // Domestic ties grew after local autonomy was restored in 1995.
    private static readonly ((int From, int To) Years, double Weight)[] DomesticDecades =
        [((1995, 2004), 25), ((2005, 2014), 35), ((2015, 2025), 40)];

    private static readonly string[] Surnames = ["김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오", "서", "신", "권"];

    private static readonly string[] GivenSyllables = ["민", "서", "지", "현", "준", "우", "영", "수", "진", "하", "은", "도", "연", "성", "호", "경"];

    private static readonly string[] Positions = ["국제교류팀장", "국제협력과장", "주무관", "대외협력담당관", "시장", "군수", "구청장", "외사처장"];

    private static readonly string[] Motives =
    [
        "항만·물류 협력과 청소년 교류 확대", "관광객 상호 유치와 축제 교류", "농업 기술 교류와 특산물 판로 개척",
        "기업 해외 진출 지원과 경제 협력", "문화예술단 상호 방문과 공연 교류", "공무원 상호 파견과 우수 시책 공유",
        "도농 상생과 직거래 장터 운영", "스포츠 친선 경기와 생활체육 교류", "의료·보건 인력 연수 협력",
    ];

    private static readonly string[] DormancyReasons = ["3년 이상 교류 실적 없음", "상대 도시 담당 부서 폐지", "감염병 이후 교류 중단"];

    private static readonly string[] TerminationReasons = ["장기간 교류 실적 없음", "상대측 협약 해지 통보", "교류 목적 달성", "의향 타진 결과 추진 보류"];

    private static readonly DateTimeOffset Now = new(2025, 11, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly Stamp Stamp = new("교류 현황 일괄 등록(벤치마크)", Now);

    private static readonly DateOnly Today = Stamp.Today;

    private readonly HashSet<string> pairKeys = new(StringComparer.Ordinal);

    private List<LocalGovernment> governments = [];

    private Dictionary<string, List<(ForeignCity City, double Weight)>> citiesByCountry = [];

    private string[] otherCountries = [];

    public async Task<string> GenerateAsync(int count)
    {
        governments = await db.LocalGovernments.AsNoTracking().OrderBy(g => g.Code).ToListAsync();
        var cities = await db.ForeignCities.AsNoTracking().OrderBy(c => c.Id).ToListAsync();
        citiesByCountry = cities
            .GroupBy(c => c.CountryCode, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(c => (c, Math.Sqrt(Math.Max(c.Population ?? 1000, 1000)))).ToList(), StringComparer.Ordinal);
        var named = CountryWeights.Select(c => c.Country).ToHashSet(StringComparer.Ordinal);
        otherCountries = citiesByCountry.Keys.Where(c => !named.Contains(c)).Order(StringComparer.Ordinal).ToArray();

        // Larger governments hold more ties (서울 about 70, a small 군 a handful); 행정시 are partners, never owners.
        var owners = governments.Where(g => g.Tier != Tier.AdministrativeCity).Select(g => (g, Math.Sqrt(g.Population))).ToArray();
        var made = 0;
        var refusedPairs = 0;
        var statuses = new Dictionary<PartnershipStatus, int>();
        var domestic = 0;
        while (made < count)
        {
            var owner = Pick(owners);
            var isDomestic = random.NextDouble() < 0.28;
            var (partner, countryCode, partnerName) = isDomestic ? DomesticPartner(owner) : ForeignPartner();
            if (!pairKeys.Add(Partnership.PairKeyOf(owner.Code, partner)))
            {
                refusedPairs++;
                continue;
            }

            var partnership = Build(owner, partner, countryCode, partnerName, isDomestic);
            db.Partnerships.Add(partnership);
            statuses[partnership.Status] = statuses.GetValueOrDefault(partnership.Status) + 1;
            domestic += isDomestic ? 1 : 0;
            made++;
            if (made % BatchSize == 0)
            {
                await db.SaveChangesAsync();
                db.ChangeTracker.Clear();
            }
        }

        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
        var mix = string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key} {s.Value}"));
        return $"{made} partnerships ({domestic} domestic, {made - domestic} international; {mix}); {refusedPairs} repeated pairs redrawn";
    }

    private (PartnerRef Partner, string CountryCode, string Name) DomesticPartner(LocalGovernment owner)
    {
        LocalGovernment partner;
        do
        {
            partner = governments[random.Next(governments.Count)];
        }
        while (partner.Code == owner.Code);

        return (PartnerRef.Of(partner), "KR", partner.NameKo);
    }

    private (PartnerRef Partner, string CountryCode, string Name) ForeignPartner()
    {
        var country = Pick(CountryWeights);
        if (country == "*" || !citiesByCountry.ContainsKey(country))
        {
            country = otherCountries[random.Next(otherCountries.Length)];
        }

        var city = Pick(citiesByCountry[country]);
        return (PartnerRef.Of(city), country, city.NameEn);
    }

    private Partnership Build(LocalGovernment owner, PartnerRef partner, string countryCode, string partnerName, bool isDomestic)
    {
        var status = Pick(StatusWeights);
        var type = Pick(isDomestic ? DomesticTypes : InternationalTypes);
        var fields = Fields();
        var signed = status is PartnershipStatus.Active or PartnershipStatus.Dormant ||
                     (status == PartnershipStatus.Terminated && random.NextDouble() < 0.6);
        Partnership partnership;
        if (signed && random.NextDouble() < 0.75)
        {
            partnership = Partnership.RegisterExistingAgreement(
                owner.Code, partner, countryCode, type, SigningDate(isDomestic), fields,
                $"{owner.NameKo}와(과) {partnerName}의 교류 연혁: 공무원 상호 방문, 문화·체육 행사 참가.", Stamp,
                signingPlace: random.NextDouble() < 0.5 ? $"{owner.NameKo}청" : $"{partnerName} 시청");
            if (type == PartnershipType.Friendship && random.NextDouble() < 0.2)
            {
                partnership.RecordCouncilApproval(After(partnership.LastStepOn, 365, 2000), PartnershipType.SisterCity, Resolution(), Stamp);
                partnership.UpgradeToSisterCity(After(partnership.LastStepOn, 30, 300), $"{partnerName} 시청", LifecyclePolicy.Default, Stamp);
            }

            if (random.NextDouble() < 0.5)
            {
                partnership.EditDetails(fields, Motives[random.Next(Motives.Length)], partnership.History,
                    random.NextDouble() < 0.7 ? "협약서 사본" : "시도지사협의회 교류 현황", Stamp);
            }
        }
        else
        {
            partnership = Partnership.RegisterCandidate(owner.Code, partner, countryCode, type, fields, Motives[random.Next(Motives.Length)], Stamp);
            var recent = status is not (PartnershipStatus.Active or PartnershipStatus.Dormant or PartnershipStatus.Terminated);
            var start = recent ? Today.AddDays(-random.Next(60, 900)) : Today.AddYears(-random.Next(3, 20));
            var target = signed ? PartnershipStatus.Active : status == PartnershipStatus.Terminated ? PartnershipStatus.Negotiating : status;
            Advance(partnership, type, target, start, partnerName, fields);
        }

        if (random.NextDouble() < 0.4)
        {
            partnership.AddContact(ContactSide.Ours, PersonName(), $"{owner.NameKo} 국제교류팀", Positions[random.Next(3)],
                $"intl{random.Next(100, 999)}@{owner.Code}.go.kr", $"0{random.Next(2, 64)}-{random.Next(200, 999)}-{random.Next(1000, 9999)}", false, Stamp);
        }

        if (random.NextDouble() < 0.25)
        {
            partnership.AddContact(ContactSide.Partner, isDomestic ? PersonName() : $"{partnerName} International Relations", partnerName,
                Positions[random.Next(Positions.Length)], null, null, random.NextDouble() < 0.3, Stamp);
        }

        if (status == PartnershipStatus.Dormant)
        {
            partnership.MarkDormant(After(partnership.LastStepOn, 700, 2500), DormancyReasons[random.Next(DormancyReasons.Length)], Stamp);
        }
        else if (status == PartnershipStatus.Terminated)
        {
            partnership.Terminate(After(partnership.LastStepOn, 200, 3000), TerminationReasons[random.Next(TerminationReasons.Length)],
                random.NextDouble() < 0.5 ? "시장 결재" : "의회 의결", Stamp);
        }

        return partnership;
    }

    /// <summary>Moves a candidate through 정보수집, 실무협의, 의회 의결 and 협약 체결 until it reaches <paramref name="target"/>.</summary>
    private void Advance(Partnership partnership, PartnershipType type, PartnershipStatus target, DateOnly start, string partnerName, ExchangeFields fields)
    {
        if (target == PartnershipStatus.Candidate)
        {
            return;
        }

        partnership.BeginInformationGathering(Min(start, Today), "상대 도시 현황 조사 및 의향 서한 발송", Stamp);
        if (target == PartnershipStatus.Exploring)
        {
            return;
        }

        var meetings = random.Next(1, 4);
        for (var i = 0; i < meetings; i++)
        {
            partnership.RecordWorkingMeeting(PartialDate.OfDay(After(partnership.LastStepOn, 20, 200)), i % 2 == 0 ? "시청 소회의실" : $"{partnerName} 방문",
                "국제교류팀 실무자 및 상대측 담당관", fields, "교류 분야와 협약 문안 협의", Stamp);
        }

        if (target == PartnershipStatus.Negotiating)
        {
            return;
        }

        if (type == PartnershipType.SisterCity || target == PartnershipStatus.CouncilApproved)
        {
            partnership.RecordCouncilApproval(After(partnership.LastStepOn, 20, 120), type, Resolution(), Stamp);
        }

        if (target != PartnershipStatus.Active)
        {
            return;
        }

        var signedOn = After(partnership.LastStepOn, 10, 90);
        DateOnly? expiresOn = type == PartnershipType.ExchangeMou || random.NextDouble() < 0.1 ? signedOn.AddYears(random.Next(2, 6)) : null;
        partnership.SignAgreement(type, signedOn, random.NextDouble() < 0.5 ? "시청 대회의실" : $"{partnerName} 시청", expiresOn, LifecyclePolicy.Default, Stamp);
        if (expiresOn is { } expiry && expiry < Today && random.NextDouble() < 0.6)
        {
            partnership.Renew(Min(expiry.AddDays(-random.Next(0, 60)), Today), expiry.AddYears(random.Next(2, 6)), Stamp);
        }
    }

    private PartialDate? SigningDate(bool isDomestic)
    {
        var roll = random.NextDouble();
        if (roll < 0.05)
        {
            // Agreements whose date nobody recorded.
            return null;
        }

        var year = isDomestic ? DomesticYear() : InternationalYear();
        var month = random.Next(1, 13);
        var day = Min(new DateOnly(year, month, random.Next(1, DateTime.DaysInMonth(year, month) + 1)), Today);
        return roll switch
        {
            < 0.15 => PartialDate.OfYear(day.Year),
            < 0.35 => PartialDate.OfMonth(day.Year, day.Month),
            _ => PartialDate.OfDay(day),
        };
    }

    private int InternationalYear() => Year(InternationalDecades);

    private int DomesticYear() => Year(DomesticDecades);

    private int Year(IReadOnlyList<((int From, int To) Years, double Weight)> periods)
    {
        var (from, to) = Pick(periods);
        return random.Next(from, to + 1);
    }

    /// <summary>A date some days after the last step, never after today.</summary>
    private DateOnly After(PartialDate? last, int minDays, int maxDays)
    {
        var from = last is { } date ? date.Latest : Today.AddYears(-10);
        return Min(from.AddDays(random.Next(minDays, maxDays + 1)), Today);
    }

    private ExchangeFields Fields()
    {
        var fields = ExchangeFields.Administration;
        var extra = random.Next(1, 5);
        for (var i = 0; i < extra; i++)
        {
            fields |= ExchangeFieldNames.All[random.Next(ExchangeFieldNames.All.Count)];
        }

        return fields;
    }

    private string Resolution() => $"제{random.Next(100, 999)}호";

    private string PersonName() =>
        Surnames[random.Next(Surnames.Length)] + GivenSyllables[random.Next(GivenSyllables.Length)] + GivenSyllables[random.Next(GivenSyllables.Length)];

    private T Pick<T>(IReadOnlyList<(T Item, double Weight)> weighted)
    {
        var total = 0.0;
        foreach (var (_, weight) in weighted)
        {
            total += weight;
        }

        var roll = random.NextDouble() * total;
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

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
