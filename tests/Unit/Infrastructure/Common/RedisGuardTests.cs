using DrawGuess.Domain.Common;
using DrawGuess.Infrastructure.Common.Redis;
using StackExchange.Redis;

namespace DrawGuess.UnitTests.Infrastructure.Common;

/// <summary>What players get when Redis refuses a call: the documented SERVICE_UNAVAILABLE for an outage, the error itself otherwise.</summary>
public sealed class RedisGuardTests
{
    [Theory]
    [InlineData("READONLY You can't write against a read only replica.")]
    [InlineData("MASTERDOWN Link with MASTER is down and replica-serve-stale-data is set to 'no'.")]
    [InlineData("NOREPLICAS Not enough good replicas to write.")]
    [InlineData("LOADING Redis is loading the dataset in memory")]
    [InlineData("EXECABORT Transaction discarded because of previous errors.")]
    public async Task A_refusal_during_a_failover_or_a_restart_is_service_unavailable(string reply)
    {
        var error = await Should.ThrowAsync<GameRuleException>(RedisGuard.Run(() => Task.FromException(new RedisServerException(reply))));

        error.Code.ShouldBe(ErrorCodes.ServiceUnavailable);
    }

    [Fact]
    public async Task A_call_the_client_abandons_while_it_switches_primaries_is_service_unavailable()
    {
        // How StackExchange.Redis completes a call in flight that it gives up: cancelled, without a token.
        var abandoned = new TaskCompletionSource();
        abandoned.SetCanceled();

        var error = await Should.ThrowAsync<GameRuleException>(RedisGuard.Run(() => abandoned.Task));

        error.Code.ShouldBe(ErrorCodes.ServiceUnavailable);
    }

    [Fact]
    public async Task A_call_cancelled_by_its_own_token_stays_cancelled()
    {
        using var stopping = new CancellationTokenSource();
        await stopping.CancelAsync();

        await Should.ThrowAsync<TaskCanceledException>(RedisGuard.Run(() => Task.Delay(1000, stopping.Token)));
    }

    [Fact]
    public async Task Any_other_server_error_is_not_taken_for_an_outage()
    {
        await Should.ThrowAsync<RedisServerException>(RedisGuard.Run(() => Task.FromException(new RedisServerException("ERR wrong number of arguments"))));
    }
}
