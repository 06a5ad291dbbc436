.class public Lcom/example/trustall/MainActivity;
.super Landroid/app/Activity;
.source "MainActivity.java"


# instance fields
.field private trustManager:Ljavax/net/ssl/X509TrustManager;


# direct methods
.method public constructor <init>()V
    .registers 1

    .line 9
    invoke-direct {p0}, Landroid/app/Activity;-><init>()V

    return-void
.end method


# virtual methods
.method protected onCreate(Landroid/os/Bundle;)V
    .registers 4
    .param p1, "savedInstanceState"    # Landroid/os/Bundle;

    .line 14
    invoke-super {p0, p1}, Landroid/app/Activity;->onCreate(Landroid/os/Bundle;)V

    .line 15
    new-instance v0, Lcom/example/trustall/net/DebugTrustManager;

    const/4 v1, 0x0

    invoke-direct {v0, v1}, Lcom/example/trustall/net/DebugTrustManager;-><init>(Ljavax/net/ssl/X509TrustManager;)V

    iput-object v0, p0, Lcom/example/trustall/MainActivity;->trustManager:Ljavax/net/ssl/X509TrustManager;

    .line 16
    :try_start_e
    invoke-static {}, Lcom/example/trustall/net/Client;->unsafeFactory()Ljavax/net/ssl/SSLSocketFactory;

    .line 17
    sget-object v0, Lcom/example/trustall/net/HttpModule;->INSTANCE:Lcom/example/trustall/net/HttpModule;

    invoke-virtual {v0}, Lcom/example/trustall/net/HttpModule;->client()Lokhttp3/OkHttpClient;

    .line 18
    invoke-static {}, La/b/e;->b()V
    :try_end_1a
    .catch Ljava/lang/Exception; {:try_start_e .. :try_end_1a} :catch_1b

    goto :goto_1b

    :catch_1b
    move-exception v0

    .line 20
    :goto_1b
    return-void
.end method
