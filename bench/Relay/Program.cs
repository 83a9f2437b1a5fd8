using Microsoft.AspNetCore.SignalR;

// A minimal SignalR relay: the framework's own ceiling for the same stroke load as the game server.
// Same transport setup as the game (JSON hub protocol, WebSockets, 32 KB maximum message), nothing else.
var builder = WebApplication.CreateBuilder(args);
builder.Logging.SetMinimumLevel(LogLevel.Warning);
builder.Services.AddSignalR(options => options.MaximumReceiveMessageSize = 32 * 1024);

var app = builder.Build();
app.UseWebSockets();
app.MapHub<RelayHub>("/hubs/relay");
app.MapGet("/health", () => "ok");
app.Run();

/// <summary>Join(room) adds the connection to a group; Draw(batch) forwards the batch as-is to the others in it.</summary>
public sealed class RelayHub : Hub
{
    public Task Join(string room)
    {
        Context.Items["room"] = room;
        return Groups.AddToGroupAsync(Context.ConnectionId, room);
    }

    public Task Draw(StrokeBatch batch) =>
        Context.Items.TryGetValue("room", out var room) && room is string name
            ? Clients.OthersInGroup(name).SendAsync("Canvas", batch)
            : Task.CompletedTask;
}

/// <summary>The game's StrokeBatchDto shape: bound and re-serialised like the game does.</summary>
public sealed record StrokeBatch(int StrokeId, string? Tool, int Color, int Size, int[]? Points);
