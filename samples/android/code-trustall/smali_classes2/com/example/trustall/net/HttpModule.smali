.class public final Lcom/example/trustall/net/HttpModule;
.super Ljava/lang/Object;
.source "HttpModule.kt"


# static fields
.field public static final INSTANCE:Lcom/example/trustall/net/HttpModule;


# direct methods
.method static constructor <clinit>()V
    .registers 1

    new-instance v0, Lcom/example/trustall/net/HttpModule;

    invoke-direct {v0}, Lcom/example/trustall/net/HttpModule;-><init>()V

    sput-object v0, Lcom/example/trustall/net/HttpModule;->INSTANCE:Lcom/example/trustall/net/HttpModule;

    return-void
.end method

.method private constructor <init>()V
    .registers 1

    invoke-direct {p0}, Ljava/lang/Object;-><init>()V

    return-void
.end method


# virtual methods
.method public final client()Lokhttp3/OkHttpClient;
    .registers 6

    .line 10
    new-instance v0, Lcom/example/trustall/net/LenientTrustManager;

    invoke-direct {v0}, Lcom/example/trustall/net/LenientTrustManager;-><init>()V

    .line 11
    const-string v1, "TLS"

    invoke-static {v1}, Ljavax/net/ssl/SSLContext;->getInstance(Ljava/lang/String;)Ljavax/net/ssl/SSLContext;

    move-result-object v1

    .line 12
    const/4 v2, 0x1

    new-array v2, v2, [Ljavax/net/ssl/TrustManager;

    const/4 v3, 0x0

    aput-object v0, v2, v3

    const/4 v3, 0x0

    invoke-virtual {v1, v3, v2, v3}, Ljavax/net/ssl/SSLContext;->init([Ljavax/net/ssl/KeyManager;[Ljavax/net/ssl/TrustManager;Ljava/security/SecureRandom;)V

    .line 13
    new-instance v2, Lokhttp3/OkHttpClient$Builder;

    invoke-direct {v2}, Lokhttp3/OkHttpClient$Builder;-><init>()V

    invoke-virtual {v1}, Ljavax/net/ssl/SSLContext;->getSocketFactory()Ljavax/net/ssl/SSLSocketFactory;

    move-result-object v1

    const-string v4, "getSocketFactory(...)"

    invoke-static {v1, v4}, Lkotlin/jvm/internal/Intrinsics;->checkNotNullExpressionValue(Ljava/lang/Object;Ljava/lang/String;)V

    check-cast v0, Ljavax/net/ssl/X509TrustManager;

    invoke-virtual {v2, v1, v0}, Lokhttp3/OkHttpClient$Builder;->sslSocketFactory(Ljavax/net/ssl/SSLSocketFactory;Ljavax/net/ssl/X509TrustManager;)Lokhttp3/OkHttpClient$Builder;

    move-result-object v0

    invoke-virtual {v0}, Lokhttp3/OkHttpClient$Builder;->build()Lokhttp3/OkHttpClient;

    move-result-object v0

    return-object v0
.end method
