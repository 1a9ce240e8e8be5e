using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Gyoryu.Web.Infrastructure.Hosting;

/// <summary>
/// Behind a reverse proxy the client's address (sign-in and feedback limits, the audit log) and the https scheme (secure cookies)
/// come from X-Forwarded-For/-Proto, believed only from loopback and the addresses in <c>Gyoryu:ForwardedHeaders:KnownProxies</c>.
/// </summary>
public static class ProxySetup
{
    public static IServiceCollection AddReverseProxySupport(this IServiceCollection services, IConfiguration configuration)
    {
        var proxies = configuration.GetSection("Gyoryu:ForwardedHeaders:KnownProxies").Get<string[]>() ?? [];
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var proxy in proxies)
            {
                if (!IPAddress.TryParse(proxy.Trim(), out var address))
                {
                    throw new InvalidOperationException($"Gyoryu:ForwardedHeaders:KnownProxies has '{proxy}', which is not an IP address.");
                }

                options.KnownProxies.Add(address);
            }
        });
        return services;
    }
}
