using Gyoryu.Domain.Partnerships;
using Gyoryu.Web.Tests.Infrastructure;

namespace Gyoryu.Web.Tests.Infrastructure.Caching;

/// <summary>The partnership lists are output-cached; every save must make the next read fresh. Owner: 광주 동구 (29110).</summary>
[Collection(WritableAppCollection.Name)]
public sealed class RegistryCacheTests(WritableApp app)
{
    private const string GwangjuDonggu = "29110";
    private const string ListUrl = $"/api/local-governments/{GwangjuDonggu}/partnerships";

    private readonly HttpClient client = app.CreateClient();

    [Fact]
    public async Task A_list_read_twice_is_answered_from_the_cache_the_second_time()
    {
        using var first = await client.GetAsync("/api/partnerships?type=SisterCity&pageSize=7");
        using var second = await client.GetAsync("/api/partnerships?type=SisterCity&pageSize=7");

        second.Headers.Age.ShouldNotBeNull("a cached answer carries an Age header");
        (await second.Content.ReadAsStringAsync()).ShouldBe(await first.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_new_partnership_and_each_step_show_in_the_next_list_read()
    {
        (await client.ListAsync(ListUrl)).Total.ShouldBe(0);
        (await client.ListAsync(ListUrl)).Total.ShouldBe(0);

        var created = await client.CreateCandidateAsync(GwangjuDonggu, "Sapporo", "JP");
        var afterCreate = await client.ListAsync(ListUrl);
        afterCreate.Total.ShouldBe(1);
        afterCreate.Items.ShouldHaveSingleItem().Status.ShouldBe(PartnershipStatus.Candidate);

        await client.StepOkAsync(created.Summary.Id, "information-gathering", new { version = created.Version, on = GyoryuApi.Today.Iso(), note = "포럼에서 만남" });
        (await client.ListAsync(ListUrl)).Items.ShouldHaveSingleItem().Status.ShouldBe(PartnershipStatus.Exploring);
        (await client.ListAsync($"/api/partnerships?status=Exploring&pageSize=500")).Items
            .ShouldContain(p => p.Id == created.Summary.Id, "the list of all governments is evicted as well");
    }
}
