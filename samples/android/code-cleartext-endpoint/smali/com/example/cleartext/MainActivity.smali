.class public Lcom/example/cleartext/MainActivity;
.super Landroid/app/Activity;
.source "MainActivity.java"


# direct methods
.method public constructor <init>()V
    .registers 1

    .line 12
    invoke-direct {p0}, Landroid/app/Activity;-><init>()V

    return-void
.end method


# virtual methods
.method protected onCreate(Landroid/os/Bundle;)V
    .registers 5

    .line 15
    invoke-super {p0, p1}, Landroid/app/Activity;->onCreate(Landroid/os/Bundle;)V

    .line 16
    new-instance v0, Landroid/webkit/WebView;

    invoke-direct {v0, p0}, Landroid/webkit/WebView;-><init>(Landroid/content/Context;)V

    .line 17
    const-string v1, "http://help.example.com/faq"

    invoke-virtual {v0, v1}, Landroid/webkit/WebView;->loadUrl(Ljava/lang/String;)V

    .line 18
    invoke-virtual {p0, v0}, Lcom/example/cleartext/MainActivity;->setContentView(Landroid/view/View;)V

    .line 19
    invoke-static {}, Lcom/appsflyer/internal/Beacon;->send()V

    .line 20
    invoke-static {}, Lcom/example/cleartext/net/Sync;->run()V

    .line 21
    return-void
.end method
