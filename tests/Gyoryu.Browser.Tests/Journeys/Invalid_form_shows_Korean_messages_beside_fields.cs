using System.Text;
using Gyoryu.Browser.Tests.Infrastructure;
using Gyoryu.Browser.Tests.Pages;
using static Microsoft.Playwright.Assertions;

namespace Gyoryu.Browser.Tests.Journeys;

// Demo data, as 김포시: each test registers its own candidate so nothing else changes what it counts.
public sealed class Invalid_form_shows_Korean_messages_beside_fields(AppServer app, BrowserFixture browser)
    : IClassFixture<AppServer>, IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_working_meeting_without_a_place_is_refused_beside_the_place_field_and_nothing_is_saved()
    {
        var page = await browser.NewPageAsync(baseUrl: app.BaseUrl);
        try
        {
            var details = await RegisterCandidateAsync(page, "46130"); // 여수시
            await Expect(details.TimelineTitles).ToHaveTextAsync(["후보 등록"]);

            await details.RecordWorkingMeetingAsync(heldOn: null, place: "", attendees: "김포시 국제협력팀");

            var place = details.Input("WorkingMeeting-Place");
            await Expect(details.FieldError("WorkingMeeting-Place")).ToHaveTextAsync("회의 장소를 입력하세요.");
            await Expect(place).ToHaveAttributeAsync("aria-invalid", "true");
            await Expect(place).ToHaveAttributeAsync("aria-describedby", "WorkingMeeting-Place-error");
            await Expect(details.Input("WorkingMeeting-Attendees")).ToHaveValueAsync("김포시 국제협력팀");
            await Expect(details.Input("WorkingMeeting-Attendees")).Not.ToHaveAttributeAsync("aria-invalid", "true");
            await Expect(details.Status).ToHaveTextAsync("후보");
            await Expect(details.TimelineTitles).ToHaveTextAsync(["후보 등록"]);

            await place.ScrollIntoViewIfNeededAsync();
            await BrowserFixture.SaveScreenshotAsync(page, "invalid-working-meeting");
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task A_text_file_named_pdf_is_refused_in_Korean_and_not_listed()
    {
        var page = await browser.NewPageAsync(baseUrl: app.BaseUrl);
        try
        {
            var details = await RegisterCandidateAsync(page, "43110"); // 청주시

            await details.UploadDocumentAsync("협약서.pdf", "application/pdf", Encoding.UTF8.GetBytes("이것은 PDF가 아닙니다."));

            await Expect(details.FieldError("document-file")).ToContainTextAsync("PDF, 이미지(PNG·JPG) 또는 한글(HWP·HWPX) 파일만 올릴 수 있습니다.");
            await Expect(details.Input("document-file")).ToHaveAttributeAsync("aria-invalid", "true");
            await Expect(details.Documents).ToHaveCountAsync(0);
            await Expect(details.TimelineTitles).ToHaveTextAsync(["후보 등록"]);

            await details.Input("document-file").ScrollIntoViewIfNeededAsync();
            await BrowserFixture.SaveScreenshotAsync(page, "invalid-document");
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    private static async Task<PartnershipDetailsPage> RegisterCandidateAsync(Microsoft.Playwright.IPage page, string partnerCode)
    {
        var create = await CreatePartnershipPage.OpenAsync(page);
        await create.ChooseDomesticAsync();
        await create.ChoosePartnerGovernmentAsync(partnerCode);
        await create.ChooseTypeAsync("SisterCity");
        return await create.RegisterAsync();
    }
}
