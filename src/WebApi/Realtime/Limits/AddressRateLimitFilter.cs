using DrawGuess.Application.Common.Ports;
using DrawGuess.Domain.Common;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;

namespace DrawGuess.WebApi.Realtime.Limits;

/// <summary>
/// Calls that create something lasting are counted per client address as well as per connection:
/// new identities (Register) and rooms (CreateRoom). One address opening connection after connection
/// would otherwise get a fresh per-connection budget each time. An attempt counts unless its arguments are refused
/// (VALIDATION_FAILED: a player retyping a name that was refused is not creating anything) or the service is briefly
/// unavailable (SERVICE_UNAVAILABLE: nothing was created, and clients retry such a call, as they are told to).
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

    public ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        var (budgets, kind, refusal) = invocationContext.HubMethodName switch
        {
            nameof(GameHub.Register) => (_registrations, "registrations", "Too many new players from your address; wait a minute or resume your session."),
            nameof(GameHub.CreateRoom) => (_rooms, "rooms", "Too many new rooms from your address; wait a minute or join a room."),
            _ => (null, "", ""),
        };
        // Every other call (a stroke, a chat line) passes straight through, without a state machine of its own.
        if (budgets is null || ClientAddress.Of(invocationContext.Context.GetHttpContext()) is not { } address) return next(invocationContext);
        if (!budgets.TryTake(address))
        {
            _metrics.RateLimited(kind);
            throw new GameRuleException(ErrorCodes.RateLimited, refusal);
        }
        return Counted(invocationContext, next, budgets, address);
    }

    private static async ValueTask<object?> Counted(HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next,
        AddressBudgets budgets, string address)
    {
        try
        {
            return await next(invocationContext);
        }
        catch (GameRuleException refused) when (refused.Code is ErrorCodes.ValidationFailed or ErrorCodes.ServiceUnavailable)
        {
            budgets.GiveBack(address);
            throw;
        }
    }
}
