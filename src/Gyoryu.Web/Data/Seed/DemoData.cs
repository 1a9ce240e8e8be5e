using Gyoryu.Domain.Common;
using Gyoryu.Domain.Discovery;
using Gyoryu.Domain.Discovery.Profiles;
using Gyoryu.Domain.Discovery.Scoring;
using Gyoryu.Domain.Partners;
using Gyoryu.Domain.Partnerships;
using Microsoft.EntityFrameworkCore;

namespace Gyoryu.Web.Data.Seed;

/// <summary>
/// The facts of the two source articles (에너지경제 2024-01-25 on 김포시; 2024-05-15 on 용인특례시·포항시),
/// shown as demo data; switched off with Gyoryu:DemoData=false.
/// </summary>
public sealed class DemoData(GyoryuDbContext db, TimeProvider clock)
{
    public const string Gimpo = "41570";
    public const string Yongin = "41460";
    public const string Pohang = "47110";
    public const string Ulleung = "47940";
    private const string Recorder = "데모 데이터";
    private const string GimpoSource = "에너지경제신문 2024-01-25 보도";
    private const string YonginSource = "2024-05-15 보도(용인특례시·포항시 우호도시 교류협약)";

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var stamp = new Stamp(Recorder, clock.GetUtcNow());
        const ExchangeFields general = ExchangeFields.Administration | ExchangeFields.CultureArts | ExchangeFields.Tourism;

        Existing(Gimpo, "47250", null, general, GimpoSource, stamp);
        Existing(Gimpo, "46820", null, general, GimpoSource, stamp);
        Existing(Gimpo, "11590", PartialDate.OfMonth(2023, 4), general, GimpoSource, stamp);
        Existing(Gimpo, "41820", PartialDate.OfMonth(2023, 9), general, GimpoSource, stamp);
        await ExistingAbroadAsync(Gimpo, "Heze", "CN", null, general | ExchangeFields.Economy, stamp, cancellationToken);
        await ExistingAbroadAsync(Gimpo, "Glendale", "US", "California", general | ExchangeFields.Education, stamp, cancellationToken);

        var ulleung = Partnership.RegisterCandidate(
            Gimpo, new PartnerRef(PartnerKind.LocalGovernment, Ulleung, null), "KR", PartnershipType.SisterCity,
            ExchangeFields.Administration | ExchangeFields.Tourism | ExchangeFields.People,
            "국내 자매결연 확대: 시민이 체감하는 대외협력. 2024년 상반기 자매결연 체결 목표.", stamp);
        ulleung.RecordWorkingMeeting(
            PartialDate.OfMonth(2023, 10), "김포시청", "김포시 자치행정과, 울릉군 관계 공무원", ExchangeFields.Administration | ExchangeFields.Tourism,
            "자매결연 협약 실무회의 (날짜는 2023년 10월로만 알려짐)", stamp);
        db.Partnerships.Add(ulleung);

        var pohang = Partnership.RegisterExistingAgreement(
            Yongin, new PartnerRef(PartnerKind.LocalGovernment, Pohang, null), "KR", PartnershipType.Friendship,
            PartialDate.OfDay(new DateOnly(2024, 5, 14)),
            ExchangeFields.Administration | ExchangeFields.Economy | ExchangeFields.Tourism | ExchangeFields.CultureArts | ExchangeFields.People,
            "행정·자치, 경제, 관광, 문화 분야 상호 협력과 민간 교류 확대. 우수시책 공유, 대표축제·특산물·관광지 홍보, "
            + "시민 통번역 서포터즈 공유로 기업 해외진출 지원. 자매도시의 전 단계로, 이듬해 자매결연 예정.",
            stamp, signingPlace: "포항시청 대회의실", motive: "반도체(용인)와 이차전지·수소연료전지(포항) 산업 융합과 시너지", dateBasis: YonginSource);
        db.Partnerships.Add(pohang);

        Existing(Yongin, "46900", PartialDate.OfYear(2006), general, YonginSource, stamp);
        foreach (var code in new[] { "47230", "50110", "46890", "48240", "48820", "46860", "51210", "43800", "52110", "46230" })
        {
            Existing(Yongin, code, null, general, YonginSource, stamp);
        }

        Profiles(stamp);
        await DiscoveryProfilesAsync(stamp, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    // The industries and goals the articles name; festivals and specialties stay as the reference data filled them.
    private async Task DiscoveryProfilesAsync(Stamp stamp, CancellationToken cancellationToken)
    {
        await DescribeAsync(
            Gimpo, [Industry.Waterways, Industry.LogisticsPort, Industry.Agriculture], [GoalTag.Waterfront, GoalTag.Tourism, GoalTag.InternationalExchange],
            "세계적인 명품 수로도시(글로벌 수로도시). 발전 방향과 목표가 비슷하고 역량이 상호 보완적이며 경제 협력 가능성이 있는 도시와 교류",
            coastal: true, GimpoSource, stamp, cancellationToken);
        await DescribeAsync(
            Yongin, [Industry.Semiconductors], [GoalTag.AdvancedIndustry, GoalTag.Tourism, GoalTag.CultureArts],
            "반도체 중심 첨단산업 도시. 행정·경제·관광·문화 교류와 시민 통번역 서포터즈로 기업 수출 지원",
            coastal: false, YonginSource, stamp, cancellationToken);
        await DescribeAsync(
            Pohang, [Industry.Steel, Industry.SecondaryBatteries, Industry.HydrogenEnergy, Industry.BioHealth], [GoalTag.AdvancedIndustry, GoalTag.Maritime, GoalTag.Tourism],
            "철강 도시에서 이차전지·수소연료전지·바이오헬스 신산업 도시로. 축제와 특산물, 관광 홍보 교류",
            coastal: true, YonginSource, stamp, cancellationToken);
    }

    private async Task DescribeAsync(
        string code, Industry[] industries, GoalTag[] tags, string goals, bool coastal, string source, Stamp stamp, CancellationToken cancellationToken)
    {
        var key = PlaceKey.OfGovernment(code);
        var profile = await db.PlaceProfiles.SingleOrDefaultAsync(p => p.PlaceKey == key, cancellationToken);
        if (profile is null)
        {
            profile = PlaceProfile.Start(new PartnerRef(PartnerKind.LocalGovernment, code, null), stamp);
            db.PlaceProfiles.Add(profile);
        }

        profile.Describe(industries, tags, goals, coastal, profile.Specialties, profile.Festivals, $"{source}; {profile.Source}".TrimEnd(' ', ';'), stamp);
    }

    private void Profiles(Stamp stamp)
    {
        var gimpo = GovernmentProfile.Start(Gimpo, stamp);
        gimpo.Describe(
            vision: "세계적인 명품 수로도시(글로벌 수로도시)",
            keyIndustries: null,
            partnerCriteria: "발전 방향과 목표가 비슷한 도시, 상호 보완적 역량을 가진 도시, 경제 협력 가능성이 있는 도시. "
                + "포럼·회의에서 후보 도시 정보를 모으고, 체결 전 실무협의를 거치며, 교류 사업의 성과를 평가해 환류한다.",
            cooperationTeam: "대외협력팀",
            cooperationTeamSince: PartialDate.OfMonth(2024, 1),
            source: GimpoSource,
            stamp);
        db.GovernmentProfiles.Add(gimpo);

        var yongin = GovernmentProfile.Start(Yongin, stamp);
        yongin.Describe(
            vision: null,
            keyIndustries: "반도체",
            partnerCriteria: null,
            cooperationTeam: null,
            cooperationTeamSince: null,
            source: YonginSource,
            stamp);
        db.GovernmentProfiles.Add(yongin);

        var pohang = GovernmentProfile.Start(Pohang, stamp);
        pohang.Describe(
            vision: null,
            keyIndustries: "철강, 이차전지, 수소연료전지, 바이오헬스",
            partnerCriteria: null,
            cooperationTeam: null,
            cooperationTeamSince: null,
            source: YonginSource,
            stamp);
        db.GovernmentProfiles.Add(pohang);
    }

    private void Existing(string owner, string partnerCode, PartialDate? signedOn, ExchangeFields fields, string source, Stamp stamp)
    {
        var partnership = Partnership.RegisterExistingAgreement(
            owner, new PartnerRef(PartnerKind.LocalGovernment, partnerCode, null), "KR", PartnershipType.SisterCity, signedOn, fields, null, stamp,
            dateBasis: source);
        db.Partnerships.Add(partnership);
    }

    private async Task ExistingAbroadAsync(
        string owner, string cityName, string countryCode, string? adminRegion, ExchangeFields fields, Stamp stamp, CancellationToken cancellationToken)
    {
        var candidates = await db.ForeignCities
            .Where(c => c.NameEn == cityName && c.CountryCode == countryCode)
            .ToListAsync(cancellationToken);
        var city = candidates.FirstOrDefault(c => c.AdminRegion == adminRegion) ?? candidates.FirstOrDefault();
        if (city is null)
        {
            city = ForeignCity.AddedByUser(owner, cityName, null, countryCode, adminRegion, false, null, null, null);
            db.ForeignCities.Add(city);
            await db.SaveChangesAsync(cancellationToken);
        }

        if (countryCode == "CN" && cityName == "Heze")
        {
            city.NameInKorean("허쩌(하택)시");
        }
        else if (cityName == "Glendale")
        {
            city.NameInKorean("글렌데일시");
        }

        var partnership = Partnership.RegisterExistingAgreement(
            owner, PartnerRef.Of(city), countryCode, PartnershipType.SisterCity, null, fields, null, stamp, dateBasis: GimpoSource);
        db.Partnerships.Add(partnership);
    }
}
