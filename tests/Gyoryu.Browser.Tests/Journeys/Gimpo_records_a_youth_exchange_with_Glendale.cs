using System.Globalization;
using Gyoryu.Browser.Tests.Infrastructure;
using Gyoryu.Browser.Tests.Pages;
using static Microsoft.Playwright.Assertions;

namespace Gyoryu.Browser.Tests.Journeys;

// Demo data, as 김포시 (the default government): 글렌데일시 is an active sister city. The homestay is a month ahead, so it is planned.
public sealed class Gimpo_records_a_youth_exchange_with_Glendale(AppServer app, BrowserFixture browser)
    : IClassFixture<AppServer>, IClassFixture<BrowserFixture>
{
    private const string Title = "글렌데일 청소년 홈스테이 답방";

    [Fact]
    public async Task The_homestay_is_refused_with_an_end_before_its_start_then_recorded_and_found_in_the_calendar_and_upcoming_list()
    {
        var page = await browser.NewPageAsync(baseUrl: app.BaseUrl);
        try
        {
            var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(9));
            var start = today.AddDays(30);
            var end = start.AddDays(4);

            var glendale = await (await PartnershipListPage.OpenAsync(page)).OpenPartnershipAsync("글렌데일시");
            var partnershipId = glendale.Id;
            var form = await ActivityFormPage.OpenFromPartnershipAsync(glendale);
            await form.ChooseKindAsync("YouthExchange");
            await form.ChooseDirectionAsync("Inbound");
            await form.CheckFieldAsync("Youth");
            await form.FillAsync(new Dictionary<string, string>
            {
                ["Title"] = Title,
                ["HeldOn"] = Iso(start),
                ["EndsOn"] = Iso(start.AddDays(-1)),
                ["Place"] = "김포시청, 관내 홈스테이 가정",
                ["Officials"] = "3",
                ["Citizens"] = "6",
                ["Students"] = "18",
                ["Cost"] = "15400000",
                ["Visitors"] = "27",
                ["OutcomeNote"] = "2027년 김포 학생 답방 합의",
            });

            await form.SubmitAsync();

            await Expect(form.FieldError("EndsOn")).ToHaveTextAsync("종료일은 시작일보다 앞설 수 없습니다.");
            await Expect(form.Input("EndsOn")).ToHaveAttributeAsync("aria-invalid", "true");
            await Expect(form.Input("Title")).ToHaveValueAsync(Title);
            await Expect(form.Input("Students")).ToHaveValueAsync("18");
            await form.Input("EndsOn").ScrollIntoViewIfNeededAsync();
            await BrowserFixture.SaveScreenshotAsync(page, "activity-end-before-start");

            await form.Input("EndsOn").FillAsync(Iso(end));
            await form.SubmitAsync();

            var details = new ActivityDetailsPage(page);
            await Expect(details.Title).ToHaveTextAsync(Title);
            await Expect(details.Kind).ToHaveTextAsync("청소년 교류·홈스테이");
            await Expect(details.Planned).ToHaveTextAsync("예정");
            await Expect(details.Direction).ToHaveTextAsync("상대 측 방문");
            await Expect(details.Period).ToHaveTextAsync($"{Korean(start)} ~ {Korean(end)}");
            await Expect(details.Place).ToHaveTextAsync("김포시청, 관내 홈스테이 가정");
            await Expect(details.Participants("students")).ToHaveTextAsync("18");
            await Expect(details.Participants("citizens")).ToHaveTextAsync("6");
            await Expect(details.Participants("officials")).ToHaveTextAsync("3");
            await Expect(details.Participants("people")).ToHaveTextAsync("27");
            await Expect(details.Cost).ToHaveTextAsync("15,400,000원");
            await Expect(details.Outcome("visitors")).ToHaveTextAsync("27");
            await Expect(details.Outcome("note")).ToHaveTextAsync("2027년 김포 학생 답방 합의");
            await Expect(details.Partnership).ToHaveTextAsync("글렌데일시");
            await BrowserFixture.SaveScreenshotAsync(page, "activity-details", fullPage: true);
            var activityId = details.Id;

            var calendar = await ActivityCalendarPage.OpenAsync(page, start);
            await Expect(calendar.Caption).ToHaveTextAsync($"{start.Year}년 {start.Month}월 교류 활동 달력");
            await Expect(calendar.ActivitiesOn(start).Filter(new() { HasText = Title })).ToHaveCountAsync(1);
            if (end.Month == start.Month)
            {
                await Expect(calendar.ActivitiesOn(end).Filter(new() { HasText = Title })).ToHaveCountAsync(1);
            }

            await Expect(calendar.ActivitiesOn(start.AddDays(-1)).Filter(new() { HasText = Title })).ToHaveCountAsync(0);
            await Expect(calendar.Upcoming(activityId)).ToContainTextAsync(Title);
            await Expect(calendar.Upcoming(activityId)).ToContainTextAsync("예정");
            await calendar.ActivitiesOn(start).Filter(new() { HasText = Title }).FocusAsync();
            await BrowserFixture.SaveScreenshotAsync(page, "activity-calendar", fullPage: true);

            // One activity only: the refused first submit saved nothing.
            await PartnershipDetailsPage.OpenAsync(page, partnershipId);
            await Expect(page.Locator("#exchange-activities li", new() { HasText = Title })).ToHaveCountAsync(1);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Korean(DateOnly date) => $"{date.Year}년 {date.Month}월 {date.Day}일";
}
