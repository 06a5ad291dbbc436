// The shop's API client. The validation callback was added to reach a test server and never removed:
// it accepts every certificate.
using System.Net.Http;

namespace Contoso.Shop
{
    public static class Api
    {
        public static HttpClient Create()
        {
            var handler = new HttpClientHandler();
            handler.ServerCertificateCustomValidationCallback = (message, cert, chain, errors) => true;
            return new HttpClient(handler) { BaseAddress = new System.Uri("https://api.example.com/v1/") };
        }
    }
}
