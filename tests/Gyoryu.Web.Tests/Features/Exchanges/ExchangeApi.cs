using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Gyoryu.Web.Features.Exchanges;
using Gyoryu.Web.Infrastructure.Officers;
using Gyoryu.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;

namespace Gyoryu.Web.Tests.Features.Exchanges;

/// <summary>Calls of the exchanges API that the tests repeat, as the officer of one government.</summary>
public static class ExchangeApi
{
    /// <summary>A client acting for <paramref name="governmentCode"/> (the government cookie set), redirects not followed.</summary>
    public static HttpClient OfficerOf(this WebApplicationFactory<Program> app, string governmentCode)
    {
        var cookies = new CookieContainer();
        cookies.Add(new Uri("http://localhost"), new Cookie(CurrentOfficer.GovernmentCookie, governmentCode));
        return app.CreateDefaultClient(new CookieContainerHandler(cookies));
    }

    /// <summary>A youth exchange with the partner's students visiting; override what a test is about.</summary>
    public static Dictionary<string, object?> YouthExchange(DateOnly heldOn, DateOnly? endsOn = null) => new()
    {
        ["kind"] = "YouthExchange",
        ["direction"] = "Inbound",
        ["title"] = "청소년 홈스테이 교류",
        ["heldOn"] = heldOn.Iso(),
        ["endsOn"] = endsOn?.Iso(),
        ["place"] = "시청 및 홈스테이 가정",
        ["fields"] = new[] { "Youth", "Education" },
        ["officials"] = 3,
        ["citizens"] = 6,
        ["students"] = 18,
        ["companies"] = 0,
        ["cost"] = 12_500_000L,
        ["agreementsSigned"] = 1,
        ["exportContracts"] = 0,
        ["exportAmount"] = 0L,
        ["visitors"] = 27,
        ["outcomeNote"] = "내년 답방 합의",
        ["description"] = "학생 18명이 5일간 홈스테이",
    };

    public static Task<HttpResponseMessage> RecordAsync(this HttpClient client, int partnershipId, object body) =>
        client.PostAsJsonAsync($"/api/partnerships/{partnershipId}/activities", body, GyoryuAppFactory.Json);

    public static async Task<ActivityDetail> RecordOkAsync(this HttpClient client, int partnershipId, object body)
    {
        using var response = await client.RecordAsync(partnershipId, body);
        await response.ShouldHaveStatusAsync(HttpStatusCode.Created);
        return (await response.Content.ReadFromJsonAsync<ActivityDetail>(GyoryuAppFactory.Json))!;
    }

    public static async Task<ActivityDetail> ActivityAsync(this HttpClient client, int id)
    {
        using var response = await client.GetAsync($"/api/activities/{id}");
        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<ActivityDetail>(GyoryuAppFactory.Json))!;
    }

    public static async Task<List<ActivityItem>> PartnershipActivitiesAsync(this HttpClient client, int partnershipId) =>
        (await client.GetFromJsonAsync<List<ActivityItem>>($"/api/partnerships/{partnershipId}/activities", GyoryuAppFactory.Json))!;

    public static Task<HttpResponseMessage> AttachAsync(this HttpClient client, int activityId, string fileName, byte[] content)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", fileName);
        return client.PostAsync($"/api/activities/{activityId}/attachments", form);
    }

    public static Task<HttpResponseMessage> ProposeAsync(this HttpClient client, string code, object body) =>
        client.PostAsJsonAsync($"/api/local-governments/{code}/projects", body, GyoryuAppFactory.Json);

    public static async Task<ProjectDetail> ProposeOkAsync(this HttpClient client, string code, object body)
    {
        using var response = await client.ProposeAsync(code, body);
        await response.ShouldHaveStatusAsync(HttpStatusCode.Created);
        return (await response.Content.ReadFromJsonAsync<ProjectDetail>(GyoryuAppFactory.Json))!;
    }

    public static Dictionary<string, object?> Plan(string title, params int[] partnershipIds) => new()
    {
        ["title"] = title,
        ["fields"] = new[] { "Youth" },
        ["startsOn"] = new DateOnly(2027, 1, 1).Iso(),
        ["endsOn"] = new DateOnly(2027, 12, 31).Iso(),
        ["department"] = "국제협력과",
        ["plannedBudget"] = 40_000_000L,
        ["partnerContribution"] = 10_000_000L,
        ["partnerContributionNote"] = "숙박 현물 제공",
        ["description"] = "청소년 상호 방문",
        ["partnershipIds"] = partnershipIds,
    };

    public static Task<HttpResponseMessage> ProjectStepAsync(this HttpClient client, int id, string step, object body) =>
        client.PostAsJsonAsync($"/api/projects/{id}/{step}", body, GyoryuAppFactory.Json);

    public static async Task<ProjectDetail> ProjectStepOkAsync(this HttpClient client, int id, string step, object body)
    {
        using var response = await client.ProjectStepAsync(id, step, body);
        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<ProjectDetail>(GyoryuAppFactory.Json))!;
    }

    public static async Task<ProjectDetail> ProjectAsync(this HttpClient client, int id)
    {
        using var response = await client.GetAsync($"/api/projects/{id}");
        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<ProjectDetail>(GyoryuAppFactory.Json))!;
    }
}
