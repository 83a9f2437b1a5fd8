using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace DrawGuess.WebApi.Spa;

/// <summary>Serves the built React app: hashed assets cached for a year, index.html never cached, client routes fall back to it.</summary>
internal static class SpaHosting
{
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
        app.MapFallback(async context =>
        {
            if (context.Request.Path.StartsWithSegments("/api") || context.Request.Path.StartsWithSegments("/hubs"))
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }
            context.Response.ContentType = "text/html; charset=utf-8";
            context.Response.Headers[HeaderNames.CacheControl] = "no-cache";
            await context.Response.SendFileAsync(files.GetFileInfo("index.html"));
        });
    }
}
