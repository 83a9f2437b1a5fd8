using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace DrawGuess.WebApi.Spa;

/// <summary>Serves the built React app: hashed assets cached for a year, index.html never cached, client routes fall back to it.</summary>
internal static class SpaHosting
{
    /// <summary>Paths the server answers itself: anything unknown under them is a 404 ProblemDetails, never the app.</summary>
    private static readonly string[] ServerPaths = ["/api", "/health", "/hubs", "/metrics", "/openapi"];

    public static void UseSpa(this WebApplication app)
    {
        var root = app.Configuration["Spa:Root"] is { Length: > 0 } configured
            ? Path.GetFullPath(configured)
            : Path.Combine(app.Environment.ContentRootPath, "wwwroot");
        if (!File.Exists(Path.Combine(root, "index.html")))
        {
            app.Logger.LogWarning("No SPA build at {SpaRoot}; only the API is served", root);
            return;
        }
        var files = new PhysicalFileProvider(root);
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            OnPrepareResponse = context =>
            {
                var isHashedAsset = context.Context.Request.Path.StartsWithSegments("/assets");
                context.Context.Response.Headers[HeaderNames.CacheControl] = isHashedAsset ? "public, max-age=31536000, immutable" : "no-cache";
            },
        });
        // A browser navigation (GET or HEAD) to a client route; any other method answers 405, as on the server's own routes.
        var clientRoutes = RoutePatternFactory.Parse("{*path:nonfile}", defaults: null, parameterPolicies: new { path = new ClientRouteConstraint() });
        app.Map(clientRoutes, async context =>
            {
                context.Response.ContentType = "text/html; charset=utf-8";
                context.Response.Headers[HeaderNames.CacheControl] = "no-cache";
                await context.Response.SendFileAsync(files.GetFileInfo("index.html"));
            })
            .WithMetadata(new HttpMethodMetadata([HttpMethods.Get, HttpMethods.Head]))
            .WithOrder(int.MaxValue)
            .WithDisplayName("SPA fallback");
    }

    private sealed class ClientRouteConstraint : IRouteConstraint
    {
        public bool Match(HttpContext? httpContext, IRouter? route, string routeKey, RouteValueDictionary values, RouteDirection routeDirection) =>
            httpContext is null || !ServerPaths.Any(prefix => httpContext.Request.Path.StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase));
    }
}
