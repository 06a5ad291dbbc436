.class public Lcom/example/shapesafe/web/NullErrorClient;
.super Landroid/webkit/WebViewClient;
.source "NullErrorClient.java"

# if (error == null) { handler.proceed(); return; } handler.cancel();

.method public constructor <init>()V
    .registers 1

    .line 10
    invoke-direct {p0}, Landroid/webkit/WebViewClient;-><init>()V

    return-void
.end method


# virtual methods
.method public onReceivedSslError(Landroid/webkit/WebView;Landroid/webkit/SslErrorHandler;Landroid/net/http/SslError;)V
    .registers 4
    .param p1, "view"    # Landroid/webkit/WebView;
    .param p2, "handler"    # Landroid/webkit/SslErrorHandler;
    .param p3, "error"    # Landroid/net/http/SslError;

    .line 14
    if-nez p3, :cond_6

    .line 15
    invoke-virtual {p2}, Landroid/webkit/SslErrorHandler;->proceed()V

    .line 16
    return-void

    .line 18
    :cond_6
    invoke-virtual {p2}, Landroid/webkit/SslErrorHandler;->cancel()V

    .line 19
    return-void
.end method
