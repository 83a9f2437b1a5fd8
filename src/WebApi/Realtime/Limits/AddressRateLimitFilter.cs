using DrawGuess.Application.Common.Ports;
using DrawGuess.Domain.Common;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;

namespace DrawGuess.WebApi.Realtime.Limits;

/// <summary>
/// Calls that create something lasting are counted per client address as well as per connection:
/// new identities (Register) and rooms (CreateRoom). One address opening connection after connection
/// would otherwise get a fresh per-connection budget each time. An attempt counts unless its arguments are refused
/// (VALIDATION_FAILED): a player retyping a name that was refused is not creating anything.
/// </summary>
internal sealed class AddressRateLimitFilter : IHubFilter
{
    private readonly IGameMetrics _metrics;
    private readonly AddressBudgets _registrations;
    private readonly AddressBudgets _rooms;

    public AddressRateLimitFilter(IOptions<ClientLimitsOptions> options, TimeProvider clock, IGameMetrics metrics)
    {
        _metrics = metrics;
        _registrations = new AddressBudgets(options.Value.RegistrationsPerAddressPerMinute, clock);
        _rooms = new AddressBudgets(options.Value.RoomsPerAddressPerMinute, clock);
    }

    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        var (budgets, kind, refusal) = invocationContext.HubMethodName switch
        {
            nameof(GameHub.Register) => (_registrations, "registrations", "Too many new players from your address; wait a minute or resume your session."),
            nameof(GameHub.CreateRoom) => (_rooms, "rooms", "Too many new rooms from your address; wait a minute or join a room."),
            _ => (null, "", ""),
        };
        if (budgets is null || ClientAddress.Of(invocationContext.Context.GetHttpContext()) is not { } address) return await next(invocationContext);
        if (!budgets.TryTake(address))
        {
            _metrics.RateLimited(kind);
            throw new GameRuleException(ErrorCodes.RateLimited, refusal);
        }
        try
        {
            return await next(invocationContext);
        }
        catch (GameRuleException invalid) when (invalid.Code == ErrorCodes.ValidationFailed)
        {
            budgets.GiveBack(address);
            throw;
        }
    }
}
