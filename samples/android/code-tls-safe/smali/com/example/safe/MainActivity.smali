.class public Lcom/example/safe/MainActivity;
.super Landroid/app/Activity;
.source "MainActivity.java"


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

    .line 13
    invoke-super {p0, p1}, Landroid/app/Activity;->onCreate(Landroid/os/Bundle;)V

    .line 14
    :try_start_3
    invoke-static {}, Lcom/example/safe/net/Tls;->factory()Ljavax/net/ssl/SSLSocketFactory;

    invoke-static {}, Lcom/example/safe/net/Tls;->client()Lokhttp3/OkHttpClient;
    :try_end_9
    .catch Ljava/security/GeneralSecurityException; {:try_start_3 .. :try_end_9} :catch_a

    goto :goto_a

    :catch_a
    move-exception v0

    .line 17
    :goto_a
    new-instance v0, Landroid/webkit/WebView;

    invoke-direct {v0, p0}, Landroid/webkit/WebView;-><init>(Landroid/content/Context;)V

    new-instance v1, Lcom/example/safe/web/CancelClient;

    invoke-direct {v1}, Lcom/example/safe/web/CancelClient;-><init>()V

    invoke-virtual {v0, v1}, Landroid/webkit/WebView;->setWebViewClient(Landroid/webkit/WebViewClient;)V

    .line 18
    return-void
.end method
