using Gyoryu.Web.Features.Account;
using Gyoryu.Web.Features.Audit;
using Gyoryu.Web.Features.Benefits;
using Gyoryu.Web.Features.Dashboard;
using Gyoryu.Web.Features.Discovery.Recommendations;
using Gyoryu.Web.Features.Discovery.Candidates;
using Gyoryu.Web.Features.Discovery.Profiles;
using Gyoryu.Web.Features.Discovery.Import;
using Gyoryu.Web.Features.Evaluations;
using Gyoryu.Web.Features.Exchanges;
using Gyoryu.Web.Features.ForeignCities;
using Gyoryu.Web.Features.LocalGovernments;
using Gyoryu.Web.Features.Partnerships;
using Gyoryu.Web.Features.Performance;
using Gyoryu.Web.Infrastructure;
using Gyoryu.Web.Infrastructure.Api;
using Gyoryu.Web.Infrastructure.Benchmarking;
using Gyoryu.Web.Infrastructure.CommandLine;
using Gyoryu.Web.Infrastructure.Database;
using Gyoryu.Web.Infrastructure.Errors;
using Gyoryu.Web.Infrastructure.Health;
using Gyoryu.Web.Infrastructure.Hosting;
using Gyoryu.Web.Infrastructure.Localisation;
using Gyoryu.Web.Infrastructure.Officers;
using Gyoryu.Web.Infrastructure.Security;

var verb = CommandLine.VerbOf(args);
var builder = WebApplication.CreateBuilder(CommandLine.HostArguments(args, verb));
if (verb is not null)
{
    builder.ConfigureForVerb();
}

builder.Services.Configure<GyoryuOptions>(builder.Configuration.GetSection(GyoryuOptions.Section));
builder.AddGyoryuDatabase();
builder.Services.AddGyoryuLocalisation();
builder.Services.AddGyoryuRazorPages().AddRazorPagesOptions(options => options.RootDirectory = "/Features");
builder.Services.AddGyoryuProblemDetails();
builder.Services.AddSecurityHeaders();
builder.Services.AddGyoryuApi();
builder.Services.AddGyoryuHealth();
builder.Services.AddReverseProxySupport(builder.Configuration);
builder.Services.AddAccounts();
builder.Services.AddCurrentOfficer();
builder.Services.AddPartnerships();
builder.Services.AddDashboard();
builder.Services.AddRecommendations();
builder.Services.AddCandidateBoard();
builder.Services.AddPlaceProfiles();
builder.Services.AddDiscoveryImport();
builder.Services.AddExchanges();
builder.Services.AddPerformance();
builder.Services.AddEvaluations();
builder.Services.AddBenefits();
builder.Services.AddAudit();

var app = builder.Build();

await app.InitialiseDatabaseAsync();
if (verb is not null)
{
    return await app.RunVerbAsync(verb, args);
}

app.UseForwardedHeaders();
app.UseExceptionHandler();
app.UseSecurityHeaders();
app.UseCookiePolicy();
app.UseStatusCodePages();
app.UseGyoryuLocalisation();
app.UseStaticFiles();
app.UseAccounts();
app.UseAntiforgery();
app.UseRateLimiter();
app.UseOutputCache();

app.MapGyoryuHealth();
app.MapGyoryuApiDocs();
app.MapCultureSwitch();
app.MapGovernmentSwitch();
app.MapLocalGovernmentsApi();
app.MapForeignCitiesApi();
app.MapPartnershipsApi();
app.MapDashboardApi();
app.MapRecommendationsApi();
app.MapCandidatesApi();
app.MapPlaceProfilesApi();
app.MapDiscoveryImportApi();
app.MapExchangesApi();
app.MapPerformanceApi();
app.MapEvaluationsApi();
app.MapBenefitsApi();
app.MapAuditApi();
app.MapRazorPages();
app.MapBenchmarkBareEndpoint();

app.Run();
return 0;

/// <summary>Entry point, visible to WebApplicationFactory in tests.</summary>
public partial class Program;
