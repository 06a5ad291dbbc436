.class public Lcom/example/libs/MainActivity;
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
    .registers 3
    .param p1, "savedInstanceState"    # Landroid/os/Bundle;

    .line 14
    invoke-super {p0, p1}, Landroid/app/Activity;->onCreate(Landroid/os/Bundle;)V

    .line 15
    invoke-static {}, Lcom/squareup/okhttp/OkHttpClient;->insecure()Ljavax/net/ssl/X509TrustManager;

    move-result-object v0

    iput-object v0, p0, Lcom/example/libs/MainActivity;->trustManager:Ljavax/net/ssl/X509TrustManager;

    .line 16
    return-void
.end method
