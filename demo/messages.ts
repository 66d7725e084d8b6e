// The demo page's own texts and its ten merchants. The kit's texts come from the kit (react-saved-cards/locales/ar).
import type { SavedCardsLocale } from 'react-saved-cards';

export const PROVIDERS = [
  'ottu',
  'payu',
  'stripe',
  'adyen',
  'checkout',
  'razorpay',
  'payu-storecard',
  'cashfree',
  'juspay',
  'braintree',
] as const;
export type ProviderName = (typeof PROVIDERS)[number];

export interface OrderLine {
  name: string;
  quantity: number;
  /** Line total, in the currency's major unit. */
  amount: number;
}

export interface Store {
  name: string;
  place: string;
  /** How the currency is written after an amount. */
  currency: string;
  /** Digits after the decimal point (3 for KWD). */
  decimals: number;
  lines: OrderLine[];
  delivery: number;
}

export interface DemoMessages {
  skipToPayment: string;
  skipToCards: string;
  /** The name of the navigation between the demo's two pages. */
  pages: string;
  account: string;
  accountTitle: string;
  /** `{provider}`: where this merchant keeps the default card and the card names. */
  accountByProvider: string;
  accountByStore: string;
  accountDefaultOnly: string;
  accountDeleteOnly: string;
  accountNamesOnly: string;
  demoControls: string;
  demoIntro: string;
  merchant: string;
  merchantOttu: string;
  merchantPayu: string;
  merchantStripe: string;
  merchantAdyen: string;
  merchantCheckout: string;
  merchantRazorpay: string;
  merchantPayuStorecard: string;
  merchantCashfree: string;
  merchantJuspay: string;
  merchantBraintree: string;
  language: string;
  theme: string;
  themeLight: string;
  themeDark: string;
  faults: string;
  faultsOff: string;
  faultsOn: string;
  faultsHelp: string;
  reset: string;
  resetDone: string;
  faultsNowOn: string;
  faultsNowOff: string;
  controlFailed: string;
  checkout: string;
  signedIn: string;
  payment: string;
  paymentHelp: string;
  yourOrder: string;
  item: string;
  quantity: string;
  price: string;
  delivery: string;
  total: string;
  /** `{amount}`, `{card}` */
  pay: string;
  chooseCard: string;
  paidTitle: string;
  /** `{amount}`, `{card}` */
  paidText: string;
  /** `{provider}` */
  paidNote: string;
  /** `{id}`: the sandbox's payment id. */
  paymentId: string;
  paying: string;
  payFailed: string;
  newCard: string;
  newCardHelp: string;
  cardFormTitle: string;
  saveCard: string;
  savingCard: string;
  saveFailed: string;
  cvcTitle: string;
  hostedLoading: string;
  footer: string;
  stores: Record<ProviderName, Store>;
}

const ottuLines = (names: [string, string]): OrderLine[] => [
  { name: names[0], quantity: 1, amount: 12 },
  { name: names[1], quantity: 1, amount: 9.5 },
];
const payuLines = (names: [string, string]): OrderLine[] => [
  { name: names[0], quantity: 2, amount: 1198 },
  { name: names[1], quantity: 1, amount: 1150 },
];
const twoLines = (names: [string, string], amounts: [number, number]): OrderLine[] => [
  { name: names[0], quantity: 1, amount: amounts[0] },
  { name: names[1], quantity: 1, amount: amounts[1] },
];

// In English and Arabic; with the kit's other languages the page stays English (languages.ts).
export const demoMessages: Record<Extract<SavedCardsLocale, 'en' | 'ar'>, DemoMessages> = {
  en: {
    skipToPayment: 'Skip to payment',
    skipToCards: 'Skip to your cards',
    pages: 'Pages',
    account: 'Account',
    accountTitle: 'Payment methods',
    accountByProvider: '{provider} stores your default card and the names you give your cards.',
    accountByStore:
      '{provider} cannot store a default card or card names: this shop keeps them in its own database (sqlPreferences on SQLite).',
    accountDefaultOnly: '{provider} stores your default card; it cannot name cards.',
    accountDeleteOnly: '{provider} can only delete saved cards here.',
    accountNamesOnly: '{provider} stores the names you give your cards; it keeps no default card.',
    demoControls: 'Demo controls',
    demoIntro:
      'This page is a demo of react-saved-cards. Everything runs on this computer: the page, the merchant’s server and a payment-provider sandbox.',
    merchant: 'Merchant',
    merchantOttu: 'Ottu-backed',
    merchantPayu: 'PayU India-backed',
    merchantStripe: 'Stripe-backed',
    merchantAdyen: 'Adyen-backed',
    merchantCheckout: 'Checkout.com-backed',
    merchantRazorpay: 'Razorpay-backed',
    merchantPayuStorecard: 'PayU India v2 storecard-backed (experimental)',
    merchantCashfree: 'Cashfree-backed',
    merchantJuspay: 'Juspay-backed',
    merchantBraintree: 'Braintree-backed',
    language: 'Language',
    theme: 'Theme',
    themeLight: 'Light',
    themeDark: 'Dark',
    faults: 'Fault injection',
    faultsOff: 'Off',
    faultsOn: 'On',
    faultsHelp:
      'When on, every answer of the payment provider takes 0.6 s longer, and the provider refuses to delete the American Express •••• 1009 (Ottu), the Mastercard •••• 5454 (PayU India) or the American Express •••• 8431 (the other eight): the card comes back with a message.',
    reset: 'Reset demo data',
    resetDone: 'Demo data reset: every saved card is back and fault injection is off.',
    faultsNowOn: 'Fault injection is on.',
    faultsNowOff: 'Fault injection is off.',
    controlFailed: 'The demo server did not answer. Is `npm start` still running?',
    checkout: 'Checkout',
    signedIn: 'Signed in as the demo shopper',
    payment: 'Payment',
    paymentHelp: 'Pay with one of your saved cards, or add a new one.',
    yourOrder: 'Your order',
    item: 'Item',
    quantity: 'Qty',
    price: 'Price',
    delivery: 'Delivery',
    total: 'Total',
    pay: 'Pay {amount} with {card}',
    chooseCard: 'Choose a card to pay',
    paidTitle: 'Payment confirmed',
    paidText: 'You paid {amount} with {card}.',
    paidNote:
      'Demo only: no money moved. The sandbox standing in for {provider} took the charge from this shop’s server.',
    paymentId: 'Payment id: {id}',
    paying: 'Paying…',
    payFailed: 'The payment did not go through: {reason}',
    newCard: 'New card',
    newCardHelp: 'Saved to your account for next time',
    cardFormTitle: 'Card details (secure form of the payment provider)',
    saveCard: 'Save card',
    savingCard: 'Saving…',
    saveFailed: 'The card was not saved: {reason}',
    cvcTitle: 'Security code (secure field of the payment provider)',
    hostedLoading: 'Loading the secure card form…',
    footer: 'react-saved-cards demo · test cards only',
    stores: {
      ottu: {
        name: 'Qahwa House',
        place: 'Kuwait City',
        currency: 'KWD',
        decimals: 3,
        lines: ottuLines(['Cardamom coffee beans, 1 kg', 'Brass dallah coffee pot']),
        delivery: 3,
      },
      payu: {
        name: 'Chai Street',
        place: 'Bengaluru',
        currency: 'INR',
        decimals: 2,
        lines: payuLines(['Assam tea leaves, 500 g', 'Copper tea kettle']),
        delivery: 100,
      },
      stripe: {
        name: 'Harbour Books',
        place: 'Dublin',
        currency: 'EUR',
        decimals: 2,
        lines: twoLines(['Atlas of the Seas', 'Linen tote bag'], [32, 14]),
        delivery: 4.5,
      },
      adyen: {
        name: 'Tulip Market',
        place: 'Amsterdam',
        currency: 'EUR',
        decimals: 2,
        lines: twoLines(['Tulip bulbs, 20', 'Ceramic vase'], [15, 28]),
        delivery: 5,
      },
      checkout: {
        name: 'Souk Lanterns',
        place: 'Dubai',
        currency: 'AED',
        decimals: 2,
        lines: twoLines(['Brass lantern', 'Cotton cushion cover'], [180, 65]),
        delivery: 20,
      },
      razorpay: {
        name: 'Masala Box',
        place: 'Mumbai',
        currency: 'INR',
        decimals: 2,
        lines: twoLines(['Garam masala, 200 g', 'Spice tin set'], [350, 899]),
        delivery: 60,
      },
      'payu-storecard': {
        name: 'Mango Orchard',
        place: 'Chennai',
        currency: 'INR',
        decimals: 2,
        lines: twoLines(['Alphonso mangoes, 1 dozen', 'Mango pickle jar'], [1200, 240]),
        delivery: 80,
      },
      cashfree: {
        name: 'Loom & Weave',
        place: 'Jaipur',
        currency: 'INR',
        decimals: 2,
        lines: twoLines(['Block-print cotton scarf', 'Hand-woven rug'], [650, 2400]),
        delivery: 120,
      },
      juspay: {
        name: 'Monsoon Teas',
        place: 'Darjeeling',
        currency: 'INR',
        decimals: 2,
        lines: twoLines(['Darjeeling first flush, 250 g', 'Glass teapot'], [780, 1150]),
        delivery: 90,
      },
      braintree: {
        name: 'Maple Outfitters',
        place: 'Toronto',
        currency: 'CAD',
        decimals: 2,
        lines: twoLines(['Wool beanie', 'Enamel camp mug'], [28, 16]),
        delivery: 8,
      },
    },
  },
  ar: {
    skipToPayment: 'انتقل إلى الدفع',
    skipToCards: 'انتقل إلى بطاقاتك',
    pages: 'الصفحات',
    account: 'الحساب',
    accountTitle: 'طرق الدفع',
    accountByProvider: 'يحفظ {provider} بطاقتك الافتراضية والأسماء التي تمنحها لبطاقاتك.',
    accountByStore:
      'لا يستطيع {provider} حفظ بطاقة افتراضية أو أسماء البطاقات: يحفظها هذا المتجر في قاعدة بياناته (sqlPreferences على SQLite).',
    accountDefaultOnly: 'يحفظ {provider} بطاقتك الافتراضية، ولا يستطيع تسمية البطاقات.',
    accountDeleteOnly: 'لا يمكن هنا إلا حذف البطاقات المحفوظة لدى {provider}.',
    accountNamesOnly: 'يحفظ {provider} الأسماء التي تمنحها لبطاقاتك، ولا يحفظ بطاقة افتراضية.',
    demoControls: 'عناصر تحكم العرض التجريبي',
    demoIntro:
      'هذه الصفحة عرض تجريبي لـ react-saved-cards. كل شيء يعمل على هذا الجهاز: الصفحة وخادم التاجر وبيئة تجريبية لمزوّد الدفع.',
    merchant: 'التاجر',
    merchantOttu: 'عبر Ottu',
    merchantPayu: 'عبر PayU India',
    merchantStripe: 'عبر Stripe',
    merchantAdyen: 'عبر Adyen',
    merchantCheckout: 'عبر Checkout.com',
    merchantRazorpay: 'عبر Razorpay',
    merchantPayuStorecard: 'عبر واجهة storecard v2 من PayU India (تجريبية)',
    merchantCashfree: 'عبر Cashfree',
    merchantJuspay: 'عبر Juspay',
    merchantBraintree: 'عبر Braintree',
    language: 'اللغة',
    theme: 'المظهر',
    themeLight: 'فاتح',
    themeDark: 'داكن',
    faults: 'محاكاة الأعطال',
    faultsOff: 'إيقاف',
    faultsOn: 'تشغيل',
    faultsHelp:
      'عند التشغيل، يتأخر كل رد من مزوّد الدفع 0.6 ثانية، ويرفض المزوّد حذف بطاقة American Express •••• 1009 (Ottu) أو بطاقة Mastercard •••• 5454 (PayU India) أو بطاقة American Express •••• 8431 (المزوّدون الثمانية الآخرون)، فتعود البطاقة إلى القائمة مع رسالة.',
    reset: 'إعادة تعيين بيانات العرض',
    resetDone: 'أُعيدت بيانات العرض: عادت كل البطاقات المحفوظة وأُوقفت محاكاة الأعطال.',
    faultsNowOn: 'محاكاة الأعطال قيد التشغيل.',
    faultsNowOff: 'محاكاة الأعطال متوقفة.',
    controlFailed: 'لم يستجب خادم العرض. هل ما زال `npm start` يعمل؟',
    checkout: 'إتمام الشراء',
    signedIn: 'مسجّل الدخول كمتسوّق تجريبي',
    payment: 'الدفع',
    paymentHelp: 'ادفع بإحدى بطاقاتك المحفوظة أو أضف بطاقة جديدة.',
    yourOrder: 'طلبك',
    item: 'المنتج',
    quantity: 'الكمية',
    price: 'السعر',
    delivery: 'التوصيل',
    total: 'الإجمالي',
    pay: 'ادفع {amount} باستخدام {card}',
    chooseCard: 'اختر بطاقة للدفع',
    paidTitle: 'تم الدفع',
    paidText: 'دفعت {amount} باستخدام {card}.',
    paidNote:
      'عرض تجريبي فقط: لم تُحوَّل أي أموال. تلقّت بيئة الاختبار التي تمثّل {provider} عملية الخصم من خادم هذا المتجر.',
    paymentId: 'رقم عملية الدفع: {id}',
    paying: 'جارٍ الدفع…',
    payFailed: 'لم تتم عملية الدفع: {reason}',
    newCard: 'بطاقة جديدة',
    newCardHelp: 'تُحفظ في حسابك للمرة القادمة',
    cardFormTitle: 'بيانات البطاقة (نموذج آمن من مزوّد الدفع)',
    saveCard: 'حفظ البطاقة',
    savingCard: 'جارٍ الحفظ…',
    saveFailed: 'لم تُحفظ البطاقة: {reason}',
    cvcTitle: 'رمز الأمان (حقل آمن من مزوّد الدفع)',
    hostedLoading: 'جارٍ تحميل نموذج البطاقة الآمن…',
    footer: 'عرض react-saved-cards التجريبي · بطاقات اختبار فقط',
    stores: {
      ottu: {
        name: 'بيت القهوة',
        place: 'مدينة الكويت',
        currency: 'د.ك',
        decimals: 3,
        lines: ottuLines(['حبوب قهوة بالهيل، 1 كغ', 'دلّة قهوة نحاسية']),
        delivery: 3,
      },
      payu: {
        name: 'شارع الشاي',
        place: 'بنغالورو',
        currency: 'روبية',
        decimals: 2,
        lines: payuLines(['أوراق شاي آسام، 500 غ', 'إبريق شاي نحاسي']),
        delivery: 100,
      },
      stripe: {
        name: 'مكتبة الميناء',
        place: 'دبلن',
        currency: 'يورو',
        decimals: 2,
        lines: twoLines(['أطلس البحار', 'حقيبة كتان'], [32, 14]),
        delivery: 4.5,
      },
      adyen: {
        name: 'سوق التوليب',
        place: 'أمستردام',
        currency: 'يورو',
        decimals: 2,
        lines: twoLines(['بصيلات توليب، 20', 'مزهرية خزفية'], [15, 28]),
        delivery: 5,
      },
      checkout: {
        name: 'فوانيس السوق',
        place: 'دبي',
        currency: 'د.إ',
        decimals: 2,
        lines: twoLines(['فانوس نحاسي', 'غطاء وسادة قطني'], [180, 65]),
        delivery: 20,
      },
      razorpay: {
        name: 'صندوق التوابل',
        place: 'مومباي',
        currency: 'روبية',
        decimals: 2,
        lines: twoLines(['غرام ماسالا، 200 غ', 'طقم علب توابل'], [350, 899]),
        delivery: 60,
      },
      'payu-storecard': {
        name: 'بستان المانجو',
        place: 'تشيناي',
        currency: 'روبية',
        decimals: 2,
        lines: twoLines(['مانجو ألفونسو، دزينة', 'برطمان مخلل مانجو'], [1200, 240]),
        delivery: 80,
      },
      cashfree: {
        name: 'النول والنسيج',
        place: 'جايبور',
        currency: 'روبية',
        decimals: 2,
        lines: twoLines(['وشاح قطني مطبوع', 'سجادة منسوجة يدويًا'], [650, 2400]),
        delivery: 120,
      },
      juspay: {
        name: 'شاي المونسون',
        place: 'دارجيلنغ',
        currency: 'روبية',
        decimals: 2,
        lines: twoLines(['شاي دارجيلنغ القطفة الأولى، 250 غ', 'إبريق شاي زجاجي'], [780, 1150]),
        delivery: 90,
      },
      braintree: {
        name: 'متجر القيقب',
        place: 'تورونتو',
        currency: 'دولار كندي',
        decimals: 2,
        lines: twoLines(['قبعة صوف', 'كوب تخييم مطلي بالمينا'], [28, 16]),
        delivery: 8,
      },
    },
  },
};

/** "24.500 KWD": Latin digits in both languages, as the kit does. */
export function formatAmount(amount: number, store: Store): string {
  const number = new Intl.NumberFormat('en', {
    minimumFractionDigits: store.decimals,
    maximumFractionDigits: store.decimals,
  }).format(amount);
  return `${number} ${store.currency}`;
}

export function orderTotal(store: Store): number {
  return store.lines.reduce((sum, line) => sum + line.amount, store.delivery);
}
