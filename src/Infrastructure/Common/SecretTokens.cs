using System.Security.Cryptography;
using System.Text;
using DrawGuess.Application.Common.Ports;

namespace DrawGuess.Infrastructure.Common;

internal sealed class SecretTokens : ISecretTokens
{
    public string NewToken() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
