using Gyoryu.Domain.Common;
using Gyoryu.Domain.Discovery;
using Gyoryu.Domain.Discovery.Profiles;
using Gyoryu.Domain.Discovery.Scoring;
using Gyoryu.Domain.Exchanges;
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
        await ActivitiesAsync(stamp, cancellationToken);
        await BenefitsAsync(stamp, cancellationToken);
    }

    /// <summary>
    /// 자매도시 주민 혜택 as a government might publish them (광주 남구 publishes such a list). DEMO ONLY: neither 김포시 nor
    /// 용인특례시 is claimed to offer these; each says so in its text. One 김포 draft stays unpublished.
    /// </summary>
    private async Task BenefitsAsync(Stamp stamp, CancellationToken cancellationToken)
    {
        const string demo = " (데모 데이터: 실제 혜택이 아닙니다.)";
        var glendaleCity = await db.ForeignCities.Where(c => c.NameEn == "Glendale" && c.CountryCode == "US").Select(c => c.Id).ToListAsync(cancellationToken);
        var glendale = await db.Partnerships.Where(p => p.OwnerCode == Gimpo && p.PartnerForeignCityId != null && glendaleCity.Contains(p.PartnerForeignCityId.Value))
            .Select(p => p.Id).FirstAsync(cancellationToken);
        var pohang = await db.Partnerships.Where(p => p.OwnerCode == Yongin && p.PartnerLocalGovernmentCode == Pohang).Select(p => p.Id).SingleAsync(cancellationToken);

        ResidentBenefit Offer(string owner, string title, BenefitCategory category, string details, string place, int? partnershipId, bool publish)
        {
            var benefit = ResidentBenefit.Offer(owner, new BenefitTerms(title, category, details + demo, place, null, null, partnershipId), stamp);
            if (publish)
            {
                benefit.Publish(stamp);
            }

            return benefit;
        }

        db.ResidentBenefits.AddRange(
            Offer(Gimpo, "김포아트빌리지 체험 프로그램 이용료 50% 감면", BenefitCategory.Facility,
                "매표소에서 주소지가 적힌 신분증을 제시하세요.", "김포아트빌리지", null, publish: true),
            Offer(Gimpo, "김포 라베니체축제 수상 체험 우선 예약", BenefitCategory.Festival,
                "축제 홈페이지에서 예약할 때 교류 도시 주민을 선택하고, 현장에서 신분증을 제시하세요.", "김포 라베니체(구래동 수변공원)", null, publish: true),
            Offer(Gimpo, "글렌데일 시민 김포 홈스테이 숙박 지원", BenefitCategory.Lodging,
                "글렌데일시 자매도시위원회를 통해 신청하세요. 홈스테이 가정을 연결해 드립니다.", "김포시 국제협력과", glendale, publish: true),
            Offer(Gimpo, "애기봉평화생태공원 입장료 감면 (검토 중)", BenefitCategory.Facility,
                "내부 검토 중인 초안입니다.", "애기봉평화생태공원", null, publish: false),
            Offer(Yongin, "용인자연휴양림 숙박 요금 30% 감면", BenefitCategory.Lodging,
                "예약 후 입실할 때 주소지가 적힌 신분증을 제시하세요. 성수기 주말은 제외됩니다.", "용인자연휴양림", null, publish: true),
            Offer(Yongin, "포항 시민 용인 공공체육시설 사용료 50% 감면", BenefitCategory.Facility,
                "시설 예약 때 포항시 주민임을 알리고, 이용 당일 신분증을 제시하세요.", "용인시 공공체육시설", pohang, publish: true));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// Exchange activities of 2023-2026 and two budgeted projects. 김포-동작구 is left quiet since May 2023 and 용인-진도
    /// (signed 2006) has no activity at all, so each dashboard shows one 휴면 의심 tie, one of each kind of evidence.
    /// </summary>
    private async Task ActivitiesAsync(Stamp stamp, CancellationToken cancellationToken)
    {
        var ids = await db.Partnerships
            .Where(p => p.OwnerCode == Gimpo || p.OwnerCode == Yongin)
            .Select(p => new { p.Id, p.OwnerCode, p.PartnerLocalGovernmentCode, p.PartnerForeignCityId })
            .ToListAsync(cancellationToken);
        var glendaleCity = await db.ForeignCities.Where(c => c.NameEn == "Glendale" && c.CountryCode == "US").Select(c => c.Id).ToListAsync(cancellationToken);
        var hezeCity = await db.ForeignCities.Where(c => c.NameEn == "Heze" && c.CountryCode == "CN").Select(c => c.Id).ToListAsync(cancellationToken);
        int Tie(string owner, string partnerCode) => ids.Single(p => p.OwnerCode == owner && p.PartnerLocalGovernmentCode == partnerCode).Id;
        int Abroad(List<int> cities) => ids.First(p => p.OwnerCode == Gimpo && p.PartnerForeignCityId is { } c && cities.Contains(c)).Id;

        var glendale = Abroad(glendaleCity);
        var heze = Abroad(hezeCity);
        var pohang = Tie(Yongin, Pohang);

        var youth = Project(Gimpo, "김포-글렌데일 청소년 교류·홈스테이", ExchangeFields.Youth | ExchangeFields.Education,
            new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31), "국제협력과", 60_000_000, 20_000_000, "글렌데일시 홈스테이 가정 제공", [glendale], stamp);
        var friendship = Project(Yongin, "용인-포항 우호도시 교류협력 사업", ExchangeFields.Economy | ExchangeFields.Tourism | ExchangeFields.CultureArts,
            new DateOnly(2025, 1, 1), new DateOnly(2026, 12, 31), "국제협력과", 120_000_000, 40_000_000, "포항시 축제 부스·통역 인력 분담", [pohang], stamp);
        db.ExchangeProjects.AddRange(youth, friendship);
        await db.SaveChangesAsync(cancellationToken);
        youth.Approve(stamp);
        youth.Start(stamp);
        youth.Complete(54_500_000, stamp);
        friendship.Approve(stamp);
        friendship.Start(stamp);
        friendship.RecordExecutedBudget(71_000_000, stamp);

        Add(Gimpo, Tie(Gimpo, "11590"), ActivityKind.CivicArtsExchange, VisitDirection.Inbound, "동작구 주민 평화누리길 걷기 초청", new(2023, 5, 20), "김포 평화누리길 1코스",
            ExchangeFields.People | ExchangeFields.Tourism, new(2, 45, 0, 0), 3_200_000, new(0, 0, 0, 0, null), stamp);

        Add(Gimpo, glendale, ActivityKind.YouthExchange, VisitDirection.Outbound, "글렌데일 청소년 홈스테이 (김포 학생 방문)", new(2023, 7, 24), "미국 글렌데일시",
            ExchangeFields.Youth | ExchangeFields.Education, new(2, 0, 16, 0), 48_000_000, new(0, 0, 0, 0, null), stamp);
        Add(Gimpo, glendale, ActivityKind.YouthExchange, VisitDirection.Inbound, "글렌데일 청소년 김포 홈스테이", new(2024, 8, 5), "김포시 관내 가정",
            ExchangeFields.Youth | ExchangeFields.Education | ExchangeFields.CultureArts, new(1, 12, 14, 0), 26_000_000, new(0, 0, 0, 0, null), stamp);
        Add(Gimpo, glendale, ActivityKind.YouthExchange, VisitDirection.Outbound, "김포-글렌데일 청소년 교류 (2025 홈스테이)", new(2025, 7, 21), "미국 글렌데일시",
            ExchangeFields.Youth | ExchangeFields.Education, new(3, 0, 18, 0), 54_500_000, new(1, 0, 0, 0, "청소년 교류 정례화 협약"), stamp, youth.Id);
        Add(Gimpo, glendale, ActivityKind.DelegationVisit, VisitDirection.Inbound, "글렌데일 시의회 대표단 방문", new(2026, 4, 16), "김포시청",
            ExchangeFields.Administration | ExchangeFields.Education, new(8, 0, 0, 0), 9_800_000, new(0, 0, 0, 0, null), stamp);
        Add(Gimpo, glendale, ActivityKind.YouthExchange, VisitDirection.Inbound, "글렌데일 청소년 김포 홈스테이 (2026)", new(2026, 8, 3), "김포시 관내 가정",
            ExchangeFields.Youth | ExchangeFields.Education, new(1, 15, 16, 0), 31_000_000, new(0, 0, 0, 0, null), stamp);

        Add(Gimpo, heze, ActivityKind.BusinessMatching, VisitDirection.Outbound, "허쩌시 기업 매칭 상담회 (김포 중소기업)", new(2024, 11, 12), "중국 허쩌시",
            ExchangeFields.Economy, new(3, 0, 0, 9), 22_000_000, new(0, 2, 350_000_000, 0, "농식품·물류 2건 수출 계약"), stamp);
        Add(Gimpo, heze, ActivityKind.DelegationVisit, VisitDirection.Inbound, "허쩌시 경제무역 대표단 김포 방문", new(2025, 10, 22), "김포시청, 김포한강신도시",
            ExchangeFields.Economy | ExchangeFields.Administration, new(7, 0, 0, 4), 6_500_000, new(1, 0, 0, 0, "경제 협력 양해각서"), stamp);
        Add(Gimpo, heze, ActivityKind.BusinessMatching, VisitDirection.None, "허쩌시 온라인 수출 상담회", new(2026, 6, 18), "온라인",
            ExchangeFields.Economy, new(2, 0, 0, 6), 4_000_000, new(0, 1, 120_000_000, 0, null), stamp);

        Add(Gimpo, Tie(Gimpo, "41820"), ActivityKind.FestivalParticipation, VisitDirection.Outbound, "재즈페스티벌 in 가평 김포 홍보 부스", new(2025, 10, 10), "가평 자라섬",
            ExchangeFields.CultureArts | ExchangeFields.Tourism, new(4, 20, 0, 0), 5_000_000, new(0, 0, 0, 3_800, null), stamp);
        Add(Gimpo, Tie(Gimpo, "47250"), ActivityKind.SpecialtyTourismPromotion, VisitDirection.Inbound, "상주 곶감·쌀 직거래 장터", new(2025, 11, 8), "김포시청 광장",
            ExchangeFields.Agriculture | ExchangeFields.Economy, new(3, 30, 0, 5), 7_000_000, new(0, 0, 0, 2_100, null), stamp);
        Add(Gimpo, Tie(Gimpo, "46820"), ActivityKind.CivicArtsExchange, VisitDirection.Outbound, "달마고도 힐링걷기 김포 시민 참가", new(2026, 3, 28), "해남 달마고도",
            ExchangeFields.People | ExchangeFields.Tourism, new(2, 38, 0, 0), 6_200_000, new(0, 0, 0, 0, null), stamp);
        Add(Gimpo, glendale, ActivityKind.CivicArtsExchange, VisitDirection.Outbound, "글렌데일 자매결연 기념 문화공연 (예정)", new(2026, 12, 12), "미국 글렌데일시",
            ExchangeFields.CultureArts, new(5, 20, 0, 0), 40_000_000, new(0, 0, 0, 0, null), stamp);

        Add(Yongin, pohang, ActivityKind.FestivalParticipation, VisitDirection.Outbound, "포항국제불빛축제 용인 홍보관 참가", new(2024, 7, 27), "포항 영일대해수욕장",
            ExchangeFields.CultureArts | ExchangeFields.Tourism, new(5, 12, 0, 0), 9_000_000, new(0, 0, 0, 6_500, null), stamp);
        Add(Yongin, pohang, ActivityKind.SpecialtyTourismPromotion, VisitDirection.Inbound, "포항 과메기·특산물 용인 홍보전", new(2025, 2, 14), "용인시청 광장",
            ExchangeFields.Agriculture | ExchangeFields.Tourism, new(4, 60, 0, 6), 12_000_000, new(0, 0, 0, 4_200, null), stamp, friendship.Id);
        Add(Yongin, pohang, ActivityKind.BusinessMatching, VisitDirection.Outbound, "시민 통번역 서포터즈 지원 수출 상담회", new(2025, 6, 11), "포항 테크노파크",
            ExchangeFields.Economy | ExchangeFields.People, new(3, 14, 0, 11), 18_000_000, new(0, 3, 420_000_000, 0, "서포터즈 14명 통역 지원, 반도체·이차전지 부품 3건 계약"), stamp, friendship.Id);
        Add(Yongin, pohang, ActivityKind.PolicyBenchmarking, VisitDirection.Inbound, "포항시 우수시책 공유 (반도체 특화단지)", new(2025, 9, 23), "용인시청",
            ExchangeFields.Administration | ExchangeFields.Economy, new(9, 0, 0, 0), 2_500_000, new(0, 0, 0, 0, null), stamp);
        Add(Yongin, pohang, ActivityKind.FestivalParticipation, VisitDirection.Inbound, "포항시 용인 문화재단 축제 참가", new(2026, 5, 9), "용인 에버랜드 일대",
            ExchangeFields.CultureArts | ExchangeFields.Tourism, new(6, 25, 0, 0), 14_000_000, new(0, 0, 0, 5_600, null), stamp, friendship.Id);
        Add(Yongin, pohang, ActivityKind.BusinessMatching, VisitDirection.Outbound, "용인-포항 기업 매칭 (수소·이차전지)", new(2026, 9, 17), "포항 블루밸리 산업단지",
            ExchangeFields.Economy, new(4, 8, 0, 14), 16_500_000, new(1, 2, 260_000_000, 0, "산업 협력 협약 1건"), stamp, friendship.Id);
        await db.SaveChangesAsync(cancellationToken);
    }

    private static ExchangeProject Project(
        string owner, string title, ExchangeFields fields, DateOnly starts, DateOnly ends, string department, long budget, long partnerShare, string partnerNote,
        int[] partnerships, Stamp stamp) =>
        ExchangeProject.Propose(owner, new ProjectPlan(title, fields, starts, ends, department, budget, partnerShare, partnerNote, null, partnerships), stamp);

    private void Add(
        string owner, int partnershipId, ActivityKind kind, VisitDirection direction, string title, DateOnly heldOn, string place, ExchangeFields fields,
        Participants participants, long cost, Outcomes outcomes, Stamp stamp, int? projectId = null) =>
        db.Activities.Add(Activity.Record(owner, partnershipId,
            new ActivityRecord(kind, direction, title, heldOn, null, place, fields, projectId, participants, cost, outcomes, null), stamp));

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
