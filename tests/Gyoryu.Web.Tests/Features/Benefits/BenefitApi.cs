using System.Net;
using System.Net.Http.Json;
using Gyoryu.Web.Features.Benefits;
using Gyoryu.Web.Tests.Infrastructure;

namespace Gyoryu.Web.Tests.Features.Benefits;

/// <summary>Calls of the benefits API that the tests repeat.</summary>
public static class BenefitApi
{
    public static Dictionary<string, object?> Museum(string title = "시립박물관 입장료 50% 감면", int? partnershipId = null) => new()
    {
        ["title"] = title,
        ["category"] = "Facility",
        ["details"] = "매표소에서 주소지가 적힌 신분증을 제시하세요.",
        ["place"] = "시립박물관",
        ["validFrom"] = null,
        ["validUntil"] = null,
        ["partnershipId"] = partnershipId,
    };

    public static Task<HttpResponseMessage> OfferAsync(this HttpClient client, string code, object body) =>
        client.PostAsJsonAsync($"/api/local-governments/{code}/benefits", body, GyoryuAppFactory.Json);

    public static async Task<BenefitItem> OfferOkAsync(this HttpClient client, string code, object body)
    {
        using var response = await client.OfferAsync(code, body);
        await response.ShouldHaveStatusAsync(HttpStatusCode.Created);
        return (await response.Content.ReadFromJsonAsync<BenefitItem>(GyoryuAppFactory.Json))!;
    }

    public static Task<HttpResponseMessage> BenefitStepAsync(this HttpClient client, int id, string step, int version) =>
        client.PostAsJsonAsync($"/api/benefits/{id}/{step}", new { version }, GyoryuAppFactory.Json);

    /// <summary>Offers a benefit and publishes it.</summary>
    public static async Task<BenefitItem> PublishedAsync(this HttpClient client, string code, object body)
    {
        var offered = await client.OfferOkAsync(code, body);
        using var response = await client.BenefitStepAsync(offered.Id, "publish", offered.Version);
        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<BenefitItem>(GyoryuAppFactory.Json))!;
    }
}
