using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Gyoryu.Browser.Tests.Pages;

/// <summary>/Partnerships/{id}: facts, the lifecycle step forms, the timeline and the documents.</summary>
public sealed partial class PartnershipDetailsPage(IPage page)
{
    public IPage Page => page;

    public int Id => int.Parse(IdInUrl().Match(page.Url).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

    public ILocator PartnerName => page.Locator("#partner-name");

    public ILocator Status => page.Locator("#partnership-status");

    public ILocator Type => page.Locator("#partnership-type");

    public ILocator SignedOn => page.Locator("#signed-on");

    public ILocator UpgradedOn => page.Locator("#upgraded-on");

    public ILocator Motive => page.Locator("#motive");

    /// <summary>The titles of the timeline entries, newest first.</summary>
    public ILocator TimelineTitles => page.Locator("#timeline .gy-timeline-title strong");

    public ILocator Documents => page.Locator("#documents li");

    public static async Task<PartnershipDetailsPage> OpenAsync(IPage page, int id)
    {
        await page.GotoAsync($"/Partnerships/{id}");
        return new PartnershipDetailsPage(page);
    }

    /// <summary>The expandable form of a lifecycle step ("WorkingMeeting"); absent when the step is not offered.</summary>
    public ILocator Step(string step) => page.Locator($"#step-{step}");

    /// <summary>A refusal of a whole step (not of one field), shown inside that step's form.</summary>
    public ILocator StepError(string step) => page.Locator($"#step-{step} form [role=alert]");

    /// <summary>An input of a step form, by the id the page gives it: "WorkingMeeting-Place".</summary>
    public ILocator Input(string id) => page.Locator($"#{id}");

    /// <summary>The message shown beside a field: "WorkingMeeting-Place-error".</summary>
    public ILocator FieldError(string id) => page.Locator($"#{id}-error");

    public async Task OpenStepAsync(string step)
    {
        await Navigation.OpenDetailsAsync(page.Locator($"#step-{step}"));
    }

    public async Task RecordWorkingMeetingAsync(string? heldOn, string place, string attendees)
    {
        await OpenStepAsync("WorkingMeeting");
        if (heldOn is not null)
        {
            await Input("WorkingMeeting-HeldOn").FillAsync(heldOn);
        }

        await Input("WorkingMeeting-Place").FillAsync(place);
        await Input("WorkingMeeting-Attendees").FillAsync(attendees);
        await SaveStepAsync("WorkingMeeting");
    }

    /// <summary>Records the council resolution, dated today (the form's default), for the given type ("SisterCity").</summary>
    public async Task RecordCouncilApprovalAsync(string forType, string? resolutionNumber = null)
    {
        await OpenStepAsync("CouncilApproval");
        await page.SelectOptionAsync("#CouncilApproval-ForType", forType);
        if (resolutionNumber is not null)
        {
            await Input("CouncilApproval-ResolutionNumber").FillAsync(resolutionNumber);
        }

        await SaveStepAsync("CouncilApproval");
    }

    public async Task SignAgreementAsync(string type, string? place = null)
    {
        await OpenStepAsync("SignAgreement");
        await page.SelectOptionAsync("#SignAgreement-Type", type);
        if (place is not null)
        {
            await Input("SignAgreement-Place").FillAsync(place);
        }

        await SaveStepAsync("SignAgreement");
    }

    public async Task UpgradeToSisterCityAsync()
    {
        await OpenStepAsync("UpgradeToSisterCity");
        await SaveStepAsync("UpgradeToSisterCity");
    }

    /// <summary>Presses the step's 저장 and waits for the page that answers (the details again, or the form with its errors).</summary>
    public Task SaveStepAsync(string step) =>
        Navigation.SubmitAsync(page, page.Locator($"#step-{step} form button[type=submit]"));

    /// <summary>
    /// Posts a step the page does not offer, as a form kept from an older page would: the version and antiforgery token
    /// are the page's own, so only the domain's rules can refuse it.
    /// </summary>
    public async Task PostStepNotOfferedAsync(string step, IReadOnlyDictionary<string, string> fields)
    {
        await page.EvaluateAsync(
            """
            ([step, fields]) => {
                const form = document.createElement("form");
                form.method = "post";
                form.action = location.pathname + "?handler=Step&step=" + encodeURIComponent(step);
                const values = {
                    ...fields,
                    [step + ".Version"]: document.querySelector("input[name$='.Version']").value,
                    "__RequestVerificationToken": document.querySelector("meta[name='request-verification-token']").content,
                };
                for (const [name, value] of Object.entries(values)) {
                    const input = document.createElement("input");
                    input.type = "hidden";
                    input.name = name;
                    input.value = value;
                    form.append(input);
                }
                document.body.append(form);
                window.gyoryuBeforeSubmit = true;
                form.submit();
            }
            """,
            new object[] { step, fields });
        await Navigation.WaitForAnsweringPageAsync(page);
    }

    public async Task UploadDocumentAsync(string fileName, string mimeType, byte[] content)
    {
        await page.Locator("#document-file").SetInputFilesAsync(new FilePayload { Name = fileName, MimeType = mimeType, Buffer = content });
        await Navigation.SubmitAsync(page, page.Locator("#document-form button[type=submit]"));
    }

    [GeneratedRegex(@"/Partnerships/(\d+)")]
    private static partial Regex IdInUrl();
}
