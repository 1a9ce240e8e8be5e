using System.Data.Common;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Gyoryu.Web.Data;
using Gyoryu.Web.Features.Account;
using Gyoryu.Web.Features.ForeignCities;
using Gyoryu.Web.Features.Partnerships;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Gyoryu.Web.Tests.Infrastructure;

/// <summary>
/// The whole app over a real database: a SQLite file in its own temporary folder, or (with GYORYU_TEST_DATABASE=PostgreSQL) its own
/// database on the test PostgreSQL server, both deleted on dispose; or the PostgreSQL database named by a connection string.
/// Starting it migrates and loads ~44k world cities, so share one per class or collection.
/// </summary>
public class GyoryuAppFactory : WebApplicationFactory<Program>
{
    private readonly string? folder;
    private readonly PostgresDatabase? ownPostgresDatabase;
    private readonly IReadOnlyDictionary<string, string?> settings;

    /// <param name="demoData">Seed the demo partnerships of 김포시 and 용인특례시.</param>
    /// <param name="postgresConnectionString">Run on this PostgreSQL database instead of a temporary SQLite file.</param>
    /// <param name="settings">Further configuration, e.g. <c>Gyoryu:MaxDocumentBytes</c>.</param>
    public GyoryuAppFactory(bool demoData = true, string? postgresConnectionString = null, IReadOnlyDictionary<string, string?>? settings = null)
    {
        DemoData = demoData;
        administratorCookie = new Lazy<string>(SignInAdministrator, LazyThreadSafetyMode.ExecutionAndPublication);
        this.settings = settings ?? new Dictionary<string, string?>();
        if (postgresConnectionString is null && TestDatabase.IsPostgreSql)
        {
            ownPostgresDatabase = Task.Run(async () =>
            {
                var database = PostgresDatabase.CopyOf(await PostgresReference.Value);
                await database.InitializeAsync();
                return database;
            }).GetAwaiter().GetResult();
            postgresConnectionString = ownPostgresDatabase.ConnectionString;
        }

        if (postgresConnectionString is null)
        {
            Provider = "Sqlite";
            folder = Path.Combine(Path.GetTempPath(), "gyoryu-web-tests", Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(folder);
            ConnectionString = new SqliteConnectionStringBuilder { DataSource = Path.Combine(folder, "gyoryu.db") }.ToString();
        }
        else
        {
            Provider = "PostgreSQL";
            ConnectionString = postgresConnectionString;
        }
    }

    // Loading the ~44k world cities into PostgreSQL is most of an app's start: the first app of the pass loads them into a
    // reference database, and every other app starts from a copy of it (CREATE DATABASE … TEMPLATE), then adds its demo data.
    private static readonly Lazy<Task<string>> PostgresReference = new(CreatePostgresReferenceAsync);

    private static async Task<string> CreatePostgresReferenceAsync()
    {
        var reference = new PostgresDatabase();
        await reference.InitializeAsync();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => reference.DisposeAsync().GetAwaiter().GetResult();
        await using (var app = new GyoryuAppFactory(demoData: false, postgresConnectionString: reference.ConnectionString))
        {
            _ = app.Server; // migrates and loads the reference tables
        }

        NpgsqlConnection.ClearAllPools();
        return reference.Name;
    }

    public string Provider { get; }

    public string ConnectionString { get; }

    public bool DemoData { get; }

    public bool IsPostgreSql => Provider == "PostgreSQL";

    /// <summary>The serializer settings of the API: camelCase, enums as strings.</summary>
    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    /// <summary>A client whose requests carry <c>Accept-Language</c> (Korean is the app's default without it).</summary>
    public HttpClient CreateClient(string acceptLanguage)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(acceptLanguage);
        return client;
    }

    /// <summary>A DbContext of the running app, in its own scope; dispose the scope when done.</summary>
    public (AsyncServiceScope Scope, GyoryuDbContext Db) CreateDbContext()
    {
        var scope = Services.CreateAsyncScope();
        return (scope, scope.ServiceProvider.GetRequiredService<GyoryuDbContext>());
    }

    /// <summary>A new, closed connection to the app's database, for reading it as it is on disk.</summary>
    public DbConnection OpenConnection() => IsPostgreSql ? new NpgsqlConnection(ConnectionString) : new SqliteConnection(ConnectionString);

    /// <summary>The system administrator every client of this factory is signed in as (it acts for 김포시 unless told otherwise).</summary>
    public const string AdministratorUserName = "test.admin";

    public const string AdministratorPassword = "test-admin-2026";

    /// <summary>How the timeline and audit log name the administrator.</summary>
    public const string AdministratorDisplayName = "시험용 시스템 관리자";

    private readonly Lazy<string> administratorCookie;

    /// <summary>Creates an account directly through the app's UserManager, as an administrator's form would.</summary>
    public async Task<GyoryuUser> CreateUserAsync(
        string userName, string governmentCode, string role, string password, int? partnershipId = null, string? displayName = null)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<GyoryuUser>>();
        var user = new GyoryuUser
        {
            UserName = userName,
            DisplayName = displayName ?? $"{userName} ({governmentCode})",
            GovernmentCode = governmentCode,
            PartnershipId = partnershipId,
            CreatedAt = DateTimeOffset.UtcNow,
        };
        var created = await users.CreateAsync(user, password);
        created.Succeeded.ShouldBeTrue(string.Join("; ", created.Errors.Select(e => e.Description)));
        (await users.AddToRoleAsync(user, role)).Succeeded.ShouldBeTrue();
        return user;
    }

    /// <summary>Signs in through the real form and returns the sign-in cookie as a Cookie header value.</summary>
    public async Task<string> SignInCookieAsync(string userName, string password)
    {
        using var client = Server.CreateClient();
        using var form = await client.GetAsync("/Account/SignIn");
        await form.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var antiforgery = CookiesOf(form);
        var html = await form.Content.ReadAsStringAsync();
        var token = AntiforgeryForm.TokenIn(html);
        using var post = new HttpRequestMessage(HttpMethod.Post, "/Account/SignIn")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Form.UserName"] = userName,
                ["Form.Password"] = password,
                ["__RequestVerificationToken"] = token,
            }),
        };
        post.Headers.Add("Cookie", antiforgery);
        using var signedIn = await client.SendAsync(post);
        signedIn.StatusCode.ShouldBe(HttpStatusCode.Redirect, await signedIn.Content.ReadAsStringAsync());
        var cookie = CookiesOf(signedIn);
        cookie.ShouldContain("gyoryu-auth");
        return cookie;
    }

    /// <summary>A client signed in as that user that keeps the cookies it is given (antiforgery), as a browser does.</summary>
    public async Task<HttpClient> ClientSignedInAsAsync(string userName, string password)
    {
        var cookies = new CookieContainer();
        foreach (var pair in (await SignInCookieAsync(userName, password)).Split("; "))
        {
            var at = pair.IndexOf('=');
            cookies.Add(new Uri("http://localhost"), new Cookie(pair[..at], pair[(at + 1)..]));
        }

        var client = CreateDefaultClient(new CookieContainerHandler(cookies));
        client.DefaultRequestHeaders.Remove("Cookie");
        return client;
    }

    /// <summary>A client with no sign-in, as a citizen or an attacker has.</summary>
    public HttpClient CreateAnonymousClient() => Server.CreateClient();

    protected override void ConfigureClient(HttpClient client)
    {
        base.ConfigureClient(client);
        client.DefaultRequestHeaders.Add("Cookie", administratorCookie.Value);
    }

    private static string CookiesOf(HttpResponseMessage response) =>
        string.Join("; ", response.Headers.TryGetValues("Set-Cookie", out var values)
            ? values.Select(v => v.Split(';')[0])
            : []);

    private string SignInAdministrator()
    {
        // Lazy's factory runs synchronously; the app's start-up has no synchronization context to deadlock on.
        return Task.Run(async () =>
        {
            await using (var scope = Services.CreateAsyncScope())
            {
                var users = scope.ServiceProvider.GetRequiredService<UserManager<GyoryuUser>>();
                if (await users.FindByNameAsync(AdministratorUserName) is null)
                {
                    await CreateUserAsync(AdministratorUserName, "41570", Roles.SystemAdministrator, AdministratorPassword, displayName: AdministratorDisplayName);
                }
            }

            return await SignInCookieAsync(AdministratorUserName, AdministratorPassword);
        }).GetAwaiter().GetResult();
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        GC.SuppressFinalize(this);
        if (ownPostgresDatabase is not null)
        {
            await ownPostgresDatabase.DisposeAsync();
        }

        if (folder is not null)
        {
            SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // A file still open elsewhere; the temp folder is cleaned by the OS in the end.
            }
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Gyoryu", ConnectionString);
        builder.UseSetting("Gyoryu:Database:Provider", Provider);
        builder.UseSetting("Gyoryu:DemoData", DemoData ? "true" : "false");
        // Every test client signs in from the same (unknown) address; the limit itself is tested with its own lower setting.
        builder.UseSetting("Gyoryu:Accounts:SignInAttemptsPerWindow", "100000");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Logging:LogLevel:Microsoft.AspNetCore", "Warning");
        // Tests provoke failed commands on purpose (the live-pair index, the first look for the history table); failures show in the answers.
        builder.UseSetting("Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command", "None");
        builder.UseSetting("Logging:LogLevel:Microsoft.EntityFrameworkCore.Update", "None");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }
}

/// <summary>Calls of the JSON API that tests repeat: creating partnerships, running lifecycle steps, finding cities.</summary>
public static class GyoryuApi
{
    public static async Task<PartnershipDetail> CreatePartnershipAsync(this HttpClient client, string ownerCode, object input)
    {
        using var response = await client.PostAsJsonAsync($"/api/local-governments/{ownerCode}/partnerships", input, GyoryuAppFactory.Json);
        await response.ShouldHaveStatusAsync(HttpStatusCode.Created);
        return (await response.Content.ReadFromJsonAsync<PartnershipDetail>(GyoryuAppFactory.Json))!;
    }

    /// <summary>A candidate for <paramref name="ownerCode"/> with a foreign city found by English name and country.</summary>
    public static async Task<PartnershipDetail> CreateCandidateAsync(
        this HttpClient client, string ownerCode, string cityName, string countryCode, string type = "SisterCity", string[]? fields = null)
    {
        var cityId = await client.ForeignCityIdAsync(cityName, countryCode);
        return await client.CreatePartnershipAsync(ownerCode, new
        {
            partnerForeignCityId = cityId,
            type,
            fields = fields ?? ["Administration", "CultureArts"],
            motive = $"{cityName} 교류 추진",
        });
    }

    /// <summary>An agreement signed before the system was used, with a date as precise as known ("2006", "2023-04", "2024-05-14").</summary>
    public static async Task<PartnershipDetail> CreateExistingAsync(
        this HttpClient client, string ownerCode, string cityName, string countryCode, string type, string? signedOn, string[]? fields = null)
    {
        var cityId = await client.ForeignCityIdAsync(cityName, countryCode);
        return await client.CreatePartnershipAsync(ownerCode, new
        {
            partnerForeignCityId = cityId,
            type,
            fields = fields ?? ["Administration"],
            existingAgreement = true,
            signedOn,
            history = $"{cityName} 기존 협약",
        });
    }

    /// <summary>POSTs one lifecycle step (e.g. "working-meetings") and returns the raw answer.</summary>
    public static Task<HttpResponseMessage> StepAsync(this HttpClient client, int id, string step, object body) =>
        client.PostAsJsonAsync($"/api/partnerships/{id}/{step}", body, GyoryuAppFactory.Json);

    /// <summary>Runs a lifecycle step that must succeed and returns the partnership after it.</summary>
    public static async Task<PartnershipDetail> StepOkAsync(this HttpClient client, int id, string step, object body)
    {
        using var response = await client.StepAsync(id, step, body);
        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<PartnershipDetail>(GyoryuAppFactory.Json))!;
    }

    public static async Task<PartnershipDetail> GetPartnershipAsync(this HttpClient client, int id)
    {
        using var response = await client.GetAsync($"/api/partnerships/{id}");
        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<PartnershipDetail>(GyoryuAppFactory.Json))!;
    }

    public static async Task<PartnershipListResponse> ListAsync(this HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<PartnershipListResponse>(GyoryuAppFactory.Json))!;
    }

    /// <summary>The id of the most populous reference city of that name in that country.</summary>
    public static async Task<int> ForeignCityIdAsync(this HttpClient client, string nameEn, string countryCode)
    {
        var found = await client.GetFromJsonAsync<List<ForeignCityItem>>(
            $"/api/foreign-cities?q={Uri.EscapeDataString(nameEn)}&country={countryCode}", GyoryuAppFactory.Json);
        var city = found!.FirstOrDefault(c => string.Equals(c.NameEn, nameEn, StringComparison.OrdinalIgnoreCase))
            ?? throw new InvalidOperationException($"No reference city {nameEn} ({countryCode}).");
        return city.Id;
    }

    /// <summary>Reads a ProblemDetails (or ValidationProblemDetails) answer as JSON.</summary>
    public static async Task<JsonElement> ProblemAsync(this HttpResponseMessage response)
    {
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>Fails with the response body in the message, which says why far better than the status alone.</summary>
    public static async Task ShouldHaveStatusAsync(this HttpResponseMessage response, HttpStatusCode expected)
    {
        if (response.StatusCode != expected)
        {
            var body = await response.Content.ReadAsStringAsync();
            throw new Shouldly.ShouldAssertException(
                $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} answered {(int)response.StatusCode} {response.StatusCode}, expected {(int)expected} {expected}.\n{body}");
        }
    }

    /// <summary>Today in Korea, where the officers are; steps may not be dated after it.</summary>
    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(9));

    public static string Iso(this DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>One app with the demo data that no test changes: lists, filters, exports and documentation read it.</summary>
public sealed class DemoApp() : GyoryuAppFactory(demoData: true);

/// <summary>One app with the demo data that tests change; each test works on its own pairs (or on 용인-포항, changed once).</summary>
public sealed class WritableApp() : GyoryuAppFactory(demoData: true);

[CollectionDefinition(Name)]
public sealed class DemoAppCollection : ICollectionFixture<DemoApp>
{
    public const string Name = "Demo app (read only)";
}

[CollectionDefinition(Name)]
public sealed class WritableAppCollection : ICollectionFixture<WritableApp>
{
    public const string Name = "Writable app";
}
