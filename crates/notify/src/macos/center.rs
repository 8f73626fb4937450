//! UNUserNotificationCenter, for deskbreak.app: each prompt is a notification of a category
//! whose actions are the Done / Snooze / Skip buttons; the center's delegate reports a press or
//! a dismissal, on whatever thread the center calls it from, straight to the daemon. The API
//! needs a bundle identity (see `in_bundle`). Compiled here, never run (see the README).

use std::collections::BTreeMap;
use std::ptr::NonNull;
use std::sync::Mutex;
use std::time::Duration;

use block2::{DynBlock, RcBlock};
use objc2::rc::Retained;
use objc2::runtime::{Bool, NSObject, NSObjectProtocol, ProtocolObject};
use objc2::{AllocAnyThread, DefinedClass, define_class, msg_send};
use objc2_foundation::{NSArray, NSBundle, NSError, NSSet, NSString};
use objc2_user_notifications::{
    UNAuthorizationOptions, UNMutableNotificationContent, UNNotification, UNNotificationAction,
    UNNotificationActionOptions, UNNotificationCategory, UNNotificationCategoryOptions,
    UNNotificationDismissActionIdentifier, UNNotificationPresentationOptions, UNNotificationRequest,
    UNNotificationResponse, UNUserNotificationCenter, UNUserNotificationCenterDelegate,
};
use tokio::sync::{mpsc, oneshot};

use crate::{ACTIONS, Heard, Order};

/// A prompt's request identifier is this and its `seq`: the delegate reads the `seq` back.
const PROMPT: &str = "deskbreak.prompt.";

/// Whether deskbreak runs from an app bundle. Without one, UNUserNotificationCenter has no app
/// to speak for and throws an Objective-C exception, which Rust cannot catch.
pub(super) fn in_bundle() -> bool {
    NSBundle::mainBundle().bundleIdentifier().is_some()
}

pub(super) async fn run(mut orders: mpsc::UnboundedReceiver<Order>, heard: mpsc::Sender<Heard>) {
    // The center holds its delegate weakly: `delegate` lives until this task ends.
    let delegate = Delegate::new(heard);
    UNUserNotificationCenter::currentNotificationCenter().setDelegate(Some(ProtocolObject::from_ref(&*delegate)));
    tokio::spawn(authorized(request_authorization()));

    // One category per Snooze label (the span differs from prompt to prompt), all registered
    // together, as setNotificationCategories replaces the set.
    let mut categories: BTreeMap<String, [String; 3]> = BTreeMap::new();
    let mut on_screen: Option<String> = None;
    let mut messages = 0u64;
    let mut failing = false;
    while let Some(order) = orders.recv().await {
        let added = match order {
            Order::Show(shown) => {
                remove(on_screen.take());
                let labels = crate::button_labels(&shown);
                let category = format!("deskbreak.buttons.{}", labels[1]);
                if !categories.contains_key(&category) {
                    categories.insert(category.clone(), labels);
                    // The center takes the set asynchronously, and a prompt added before it is
                    // in place comes without buttons: asking for the set back waits for it (a
                    // common workaround; Apple documents neither the delay nor the cure).
                    let listed = register(&categories);
                    let _ = tokio::time::timeout(Duration::from_secs(2), listed).await;
                }
                let id = format!("{PROMPT}{}", shown.seq);
                let (title, body) = crate::prompt_summary_and_body(&shown);
                let added = add(&id, &title, &body, Some(&category));
                on_screen = Some(id);
                added
            }
            Order::Message(message) => {
                messages += 1;
                let id = format!("deskbreak.message.{messages}");
                add(&id, &message.summary, &message.body, None)
            }
            Order::Close => {
                remove(on_screen.take());
                continue;
            }
            Order::Shutdown(done) => {
                remove(on_screen.take());
                let _ = done.send(());
                break;
            }
        };
        let outcome = match tokio::time::timeout(Duration::from_secs(10), added).await {
            Ok(Ok(outcome)) => outcome,
            Ok(Err(_)) => Err("Notification Center dropped the request".into()),
            Err(_) => Err("Notification Center did not answer within 10 seconds".into()),
        };
        match outcome {
            Ok(()) => failing = false,
            Err(e) if !std::mem::replace(&mut failing, true) => {
                tracing::warn!("cannot show a notification ({e}); answer from the tray or the CLI");
            }
            Err(_) => {}
        }
    }
    UNUserNotificationCenter::currentNotificationCenter().setDelegate(None);
    drop(delegate);
}

/// Asks for permission to show banners; macOS asks the person the first time only.
fn request_authorization() -> oneshot::Receiver<(bool, Option<String>)> {
    let (tx, rx) = oneshot::channel();
    let tx = Mutex::new(Some(tx));
    let answered = RcBlock::new(move |granted: Bool, error: *mut NSError| {
        // SAFETY: the handler's error is null or a valid NSError for the duration of the call.
        let error = unsafe { error.as_ref() }.map(|e| e.localizedDescription().to_string());
        if let Some(tx) = tx.lock().ok().and_then(|mut tx| tx.take()) {
            let _ = tx.send((granted.as_bool(), error));
        }
    });
    UNUserNotificationCenter::currentNotificationCenter().requestAuthorizationWithOptions_completionHandler(
        UNAuthorizationOptions::Alert | UNAuthorizationOptions::Sound,
        &answered,
    );
    rx
}

/// Says once what the person decided: the answer can take as long as they leave the question.
async fn authorized(answer: oneshot::Receiver<(bool, Option<String>)>) {
    match answer.await {
        Ok((true, _)) => tracing::info!("Notification Center accepts deskbreak's notifications"),
        Ok((false, error)) => tracing::warn!(
            "Notification Center refuses deskbreak's notifications{}: allow them in System \
             Settings > Notifications > deskbreak; until then, answer from the tray or the CLI",
            error.map(|e| format!(" ({e})")).unwrap_or_default()
        ),
        Err(_) => tracing::warn!("Notification Center never answered the request to notify"),
    }
}

/// Registers the prompts' categories; the receiver hears when the center lists them.
fn register(categories: &BTreeMap<String, [String; 3]>) -> oneshot::Receiver<()> {
    let categories: Vec<Retained<UNNotificationCategory>> = categories
        .iter()
        .map(|(id, labels)| {
            let actions: Vec<Retained<UNNotificationAction>> = ACTIONS
                .iter()
                .zip(labels)
                .map(|(key, label)| {
                    UNNotificationAction::actionWithIdentifier_title_options(
                        &NSString::from_str(key),
                        &NSString::from_str(label),
                        UNNotificationActionOptions::empty(),
                    )
                })
                .collect();
            // CustomDismissAction: a closed prompt is reported too, as on the other platforms.
            UNNotificationCategory::categoryWithIdentifier_actions_intentIdentifiers_options(
                &NSString::from_str(id),
                &NSArray::from_retained_slice(&actions),
                &NSArray::new(),
                UNNotificationCategoryOptions::CustomDismissAction,
            )
        })
        .collect();
    let center = UNUserNotificationCenter::currentNotificationCenter();
    center.setNotificationCategories(&NSSet::from_retained_slice(&categories));
    let (tx, rx) = oneshot::channel();
    let tx = Mutex::new(Some(tx));
    let listed = RcBlock::new(move |_: NonNull<NSSet<UNNotificationCategory>>| {
        if let Some(tx) = tx.lock().ok().and_then(|mut tx| tx.take()) {
            let _ = tx.send(());
        }
    });
    center.getNotificationCategoriesWithCompletionHandler(&listed);
    rx
}

/// Hands a notification to the center; the receiver says whether it took it.
fn add(id: &str, title: &str, body: &str, category: Option<&str>) -> oneshot::Receiver<Result<(), String>> {
    let content = UNMutableNotificationContent::new();
    content.setTitle(&NSString::from_str(title));
    content.setBody(&NSString::from_str(body));
    if let Some(category) = category {
        content.setCategoryIdentifier(&NSString::from_str(category));
    }
    let request = UNNotificationRequest::requestWithIdentifier_content_trigger(&NSString::from_str(id), &content, None);
    let (tx, rx) = oneshot::channel();
    let tx = Mutex::new(Some(tx));
    let done = RcBlock::new(move |error: *mut NSError| {
        // SAFETY: as in `request_authorization`.
        let outcome = match unsafe { error.as_ref() } {
            Some(e) => Err(e.localizedDescription().to_string()),
            None => Ok(()),
        };
        if let Some(tx) = tx.lock().ok().and_then(|mut tx| tx.take()) {
            let _ = tx.send(outcome);
        }
    });
    UNUserNotificationCenter::currentNotificationCenter()
        .addNotificationRequest_withCompletionHandler(&request, Some(&done));
    rx
}

/// Takes a prompt off the screen (and out of the queue, had it not been shown yet).
fn remove(id: Option<String>) {
    let Some(id) = id else { return };
    let ids = NSArray::from_retained_slice(&[NSString::from_str(&id)]);
    let center = UNUserNotificationCenter::currentNotificationCenter();
    center.removePendingNotificationRequestsWithIdentifiers(&ids);
    center.removeDeliveredNotificationsWithIdentifiers(&ids);
}

/// What a response says about a prompt: a button, or a dismissal. A click on the body (the
/// default action) brings no answer, as on Windows: nothing to record.
fn heard_of(response: &UNNotificationResponse) -> Option<Heard> {
    let id = response.notification().request().identifier().to_string();
    let seq = id.strip_prefix(PROMPT)?.parse().ok()?;
    let action = response.actionIdentifier().to_string();
    // SAFETY: a constant NSString the framework exports.
    if action == unsafe { UNNotificationDismissActionIdentifier }.to_string() {
        return Some(Heard::Dismissed { seq });
    }
    ACTIONS
        .contains(&action.as_str())
        .then_some(Heard::Clicked { seq, action })
}

struct Ivars {
    heard: mpsc::Sender<Heard>,
}

define_class!(
    // SAFETY: NSObject has no subclassing requirements, and `Delegate` does not implement Drop.
    // Not main-thread-only: the center calls its delegate on a queue of its own, and the one
    // field, a channel's sender, may be used from any thread.
    #[unsafe(super(NSObject))]
    #[ivars = Ivars]
    struct Delegate;

    unsafe impl NSObjectProtocol for Delegate {}

    unsafe impl UNUserNotificationCenterDelegate for Delegate {
        #[unsafe(method(userNotificationCenter:didReceiveNotificationResponse:withCompletionHandler:))]
        fn did_receive(
            &self,
            _center: &UNUserNotificationCenter,
            response: &UNNotificationResponse,
            completion_handler: &DynBlock<dyn Fn()>,
        ) {
            if let Some(heard) = heard_of(response) {
                // Never blocks the center's queue; a full channel drops the answer, as on Windows.
                let _ = self.ivars().heard.try_send(heard);
            }
            completion_handler.call(());
        }

        /// The menu bar's menu makes deskbreak the active app while it is open: a prompt due
        /// then is shown anyway, not only filed in Notification Center.
        #[unsafe(method(userNotificationCenter:willPresentNotification:withCompletionHandler:))]
        fn will_present(
            &self,
            _center: &UNUserNotificationCenter,
            _notification: &UNNotification,
            completion_handler: &DynBlock<dyn Fn(UNNotificationPresentationOptions)>,
        ) {
            completion_handler
                .call((UNNotificationPresentationOptions::Banner | UNNotificationPresentationOptions::List,));
        }
    }
);

impl Delegate {
    fn new(heard: mpsc::Sender<Heard>) -> Retained<Self> {
        let this = Self::alloc().set_ivars(Ivars { heard });
        // SAFETY: NSObject's designated initialiser, on a freshly allocated object.
        unsafe { msg_send![super(this), init] }
    }
}
